import { describe, expect, it } from 'vitest';
import { courseExercise } from '@/lib/test/course-exercise';
import { challengeQuestion, powerOfTenTex } from './challenge-question';
import type { ParameterSpec } from './types';

const tuneGd = courseExercise<ParameterSpec>('l1-tune-gd');
const kappa100 = courseExercise<ParameterSpec>('l4-tune-kappa-100');

describe('a tuning challenge asked from an assignment’s settings', () => {
  it('states the changed target and budget, and none of the lesson’s', () => {
    const question = challengeQuestion(tuneGd, { goal: { loss: 1e-4, steps: 60 } });
    expect(question).toContain('below $10^{-4}$');
    expect(question).toContain('within 60 steps.');
    expect(question).not.toContain(String(tuneGd.goal.steps));
    expect(question).not.toContain('10^{-5}');
  });

  it('states a changed surface as typeset math, and names what the student sets', () => {
    const question = challengeQuestion(kappa100, { objective: 'x^2 + 10 y^2' });
    expect(question).toMatch(
      /^Set \$\\alpha\$ and \$\\beta\$ so that the heavy ball \(momentum\) on \$f\(x, y\) = /,
    );
    expect(question).toContain('x^{2}');
    expect(question).toContain('from $(-3.5, 1.5)$');
  });

  it('writes targets as powers of ten', () => {
    expect(powerOfTenTex(1e-4)).toBe('10^{-4}');
    expect(powerOfTenTex(5e-3)).toBe('5 \\times 10^{-3}');
    // Two digits, as the prose and the e-notation print it: a target of 2.5e-4 is not 3e-4.
    expect(powerOfTenTex(2.5e-4)).toBe('2.5 \\times 10^{-4}');
  });
});
