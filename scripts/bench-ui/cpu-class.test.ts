import { describe, expect, it } from 'vitest';
import { benchmarkIndexInPage, calibrateRate, PHONE_CLASSES } from './cpu-class.mjs';

/** A machine whose index is `full / rate`, as CPU throttling makes it, with the rates asked. */
function machine(full: number) {
  const asked: number[] = [];
  const indexAt = async (rate: number) => {
    asked.push(rate);
    return full / rate;
  };
  return { indexAt, asked };
}

describe('calibrateRate', () => {
  it('finds the slowdown that brings a fast machine to a mid-tier phone', async () => {
    const { indexAt } = machine(3800);
    const found = await calibrateRate(indexAt, PHONE_CLASSES['mid-tier'].index);
    expect(found.fullSpeedIndex).toBe(3800);
    expect(found.rate).toBeGreaterThan(3.5);
    expect(found.rate).toBeLessThan(4.2);
    expect(Math.abs(found.index - 1000)).toBeLessThan(60);
  });

  it('slows a faster machine more for the low-tier class', async () => {
    const mid = await calibrateRate(machine(3800).indexAt, PHONE_CLASSES['mid-tier'].index);
    const low = await calibrateRate(machine(3800).indexAt, PHONE_CLASSES['low-tier'].index);
    expect(low.rate).toBeGreaterThan(mid.rate * 3);
  });

  it('does not throttle a machine already as slow as the class, and asks only once', async () => {
    const { indexAt, asked } = machine(900);
    expect(await calibrateRate(indexAt, 1000)).toEqual({
      rate: 1,
      index: 900,
      fullSpeedIndex: 900,
    });
    expect(asked).toEqual([1]);
  });

  it('keeps the closest rate it measured when the index is noisy', async () => {
    let call = 0;
    const noisy = async (rate: number) => (3800 / rate) * (call++ % 2 ? 1.08 : 0.93);
    const found = await calibrateRate(noisy, 1000);
    expect(Math.abs(found.index - 1000)).toBeLessThan(150);
  });
});

describe('benchmarkIndexInPage', () => {
  it('scores this process on the same scale, a positive finite number', () => {
    const index = benchmarkIndexInPage();
    expect(Number.isFinite(index)).toBe(true);
    expect(index).toBeGreaterThan(10);
  });
});
