import { describe, expect, it } from 'vitest';
import { decimalsFor, niceStep } from './nice-step';

describe('nice steps', () => {
  it('niceStep(raw) is the smallest 1, 2 or 5 × 10ⁿ at least raw', () => {
    expect(niceStep(0.0107)).toBe(0.02);
    expect(niceStep(0.00495)).toBe(0.005);
    expect(niceStep(0.001495)).toBe(0.002);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(1)).toBe(1);
  });

  it('niceStep ignores float noise above a round step', () => {
    expect(niceStep((0.3 - 0.2) / 20)).toBe(0.005);
  });

  it('decimalsFor(step) shows the step’s last digit and no more', () => {
    expect(decimalsFor(0.005)).toBe(3);
    expect(decimalsFor(0.02)).toBe(2);
    expect(decimalsFor(1)).toBe(0);
    expect(decimalsFor(20)).toBe(0);
    expect(decimalsFor(1e-9)).toBe(6);
  });
});
