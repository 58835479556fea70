import { describe, expect, it } from 'vitest';
import { clampToHundredths } from './snap';

describe('clampToHundredths', () => {
  it('rounds a value inside the range to the nearest 0.01, with no float noise', () => {
    expect(clampToHundredths(0.60499, [0, 0.99])).toBe(0.6);
    expect(clampToHundredths(0.1 + 0.2, [0, 1])).toBe(0.3);
    expect(clampToHundredths(-1.234, [-2, 2])).toBe(-1.23);
  });

  it('holds a value outside the range at the nearer end', () => {
    expect(clampToHundredths(1.7, [0, 0.99])).toBe(0.99);
    expect(clampToHundredths(-0.3, [0.01, 4])).toBe(0.01);
    expect(clampToHundredths(Infinity, [-2.5, 2.5])).toBe(2.5);
  });
});
