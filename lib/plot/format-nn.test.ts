import { describe, expect, it } from 'vitest';
import { fixedPercent } from './format';

describe('fixedPercent', () => {
  it('prints a fraction as a percentage with exactly the decimals asked for', () => {
    expect(fixedPercent(0.5, 1)).toBe('50.0%');
    expect(fixedPercent(0.912, 1)).toBe('91.2%');
    expect(fixedPercent(1, 1)).toBe('100.0%');
    expect(fixedPercent(0, 1)).toBe('0.0%');
    expect(fixedPercent(0.8766, 1)).toBe('87.7%');
    expect(fixedPercent(0.25, 0)).toBe('25%');
  });

  it('prints a test accuracy of k/1000 as (100k/1000).toFixed(1) did, for every k', () => {
    for (let k = 0; k <= 1000; k++)
      expect(fixedPercent(k / 1000, 1)).toBe(`${((100 * k) / 1000).toFixed(1)}%`);
  });
});
