import { describe, expect, it } from 'vitest';
import { answerValuesProblem } from './answer-values';

describe('answerValuesProblem', () => {
  const ranges = { lr: [0.01, 2], beta: [0, 0.99] } as const;

  it('accepts values inside their ranges, ends included, and ignores parameters not set', () => {
    expect(answerValuesProblem<'lr' | 'beta'>(['lr'], ranges, { lr: 2, beta: 5 })).toBeNull();
  });

  it('names a missing value and a value outside its range (NaN included)', () => {
    expect(answerValuesProblem(['lr', 'beta'], ranges, { lr: 1 })).toBe('No value for beta');
    expect(answerValuesProblem(['beta'], ranges, { beta: 1 })).toBe(
      'beta = 1 is outside [0, 0.99]',
    );
    expect(answerValuesProblem(['lr'], ranges, { lr: NaN })).toBe('lr = NaN is outside [0.01, 2]');
  });
});
