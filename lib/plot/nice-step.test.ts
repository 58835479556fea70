import { describe, expect, it } from 'vitest';
import { decimalsFor, niceStep, sliderGrid } from './nice-step';

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

  it('sliderGrid puts a slider’s every position on multiples of its step, so α = 1 is one', () => {
    // Lesson 1's tuning challenge: α in [0.05, 2.2], 200 positions. Counted from 0.05 the
    // positions were …, 0.99, 1.01: the slider held 1.01 while its label said 1.00.
    const grid = sliderGrid(0.05, 2.2, 200);
    expect(grid).toEqual({ min: 0.06, max: 2.2, step: 0.02, decimals: 2 });
    const position = (v: number) => (v - grid.min) / grid.step;
    expect(Number.isInteger(Number(position(1).toFixed(9)))).toBe(true);
    expect(Number.isInteger(Number(position(1.82).toFixed(9)))).toBe(true);
    expect(sliderGrid(0.01, 3.9, 200)).toEqual({ min: 0.02, max: 3.9, step: 0.02, decimals: 2 });
    expect(sliderGrid(0.001, 0.3, 200)).toEqual({ min: 0.002, max: 0.3, step: 0.002, decimals: 3 });
    expect(sliderGrid(0, 0.99, 200)).toEqual({ min: 0, max: 0.99, step: 0.005, decimals: 3 });
  });

  it('sliderGrid keeps a range narrower than one step as it is', () => {
    expect(sliderGrid(0.0101, 0.0109, 1)).toEqual({
      min: 0.0101,
      max: 0.0109,
      step: 0.001,
      decimals: 3,
    });
  });
});
