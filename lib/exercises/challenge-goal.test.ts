import { describe, expect, it } from 'vitest';
import { courseExercise } from '@/lib/test/course-exercise';
import { goalWords, stepCount } from './challenge-goal';
import type { ParameterSpec } from './types';

describe('the words of a tuning challenge’s goal', () => {
  it('read as the lesson 1 challenge prints them', () => {
    const spec = courseExercise<ParameterSpec>('l1-tune-gd');
    expect(goalWords(spec.goal)).toEqual({
      level: '1e-5',
      budget: '40 steps',
      text: 'loss below 1e-5 within 40 steps',
    });
  });

  it('print an assignment’s goal with its own digits and a one-step budget in the singular', () => {
    expect(goalWords({ loss: 2.5e-4, steps: 1 }).text).toBe('loss below 2.5e-4 within 1 step');
    expect(goalWords({ loss: 1e-4, steps: 60 }).level).toBe('1e-4');
    expect(stepCount(0)).toBe('0 steps');
  });
});
