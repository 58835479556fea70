import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import {
  constantReached,
  describeEma,
  describeWeights,
  EMA_SIGNALS,
  emaFacts,
  emaSignal,
  emaView,
  signalRange,
  STEP_AT,
  weightAxisTicks,
  weightAxisTop,
} from './ema-explorer';

describe('the EMA explorer data', () => {
  it('emaSignal(alternating) is +1, −1, +1, … starting with +1', () => {
    expect(emaSignal('alternating', 5)).toEqual([1, -1, 1, -1, 1]);
  });

  it('emaSignal(step) is 0 up to step 10 and 1 after', () => {
    const g = emaSignal('step', 12);
    expect(g.slice(0, STEP_AT).every((x) => x === 0)).toBe(true);
    expect(g.slice(STEP_AT)).toEqual([1, 1]);
  });

  it('emaSignal(noisy) is the same on every call (seeded) and centred near 1', () => {
    const a = emaSignal('noisy', 400);
    expect(emaSignal('noisy', 400)).toEqual(a);
    const mean = a.reduce((s, x) => s + x, 0) / a.length;
    expect(Math.abs(mean - 1)).toBeLessThan(0.15);
  });

  it('every average stays inside the fixed range of its signal panel, with and without bias correction', () => {
    for (const { id } of EMA_SIGNALS) {
      const [lo, hi] = signalRange(id);
      for (const beta of [0, 0.5, 0.9, 0.99]) {
        for (const biasCorrection of [false, true]) {
          const view = emaView(id, beta, 40, biasCorrection);
          for (const v of view.v) {
            expect(v).toBeGreaterThanOrEqual(lo);
            expect(v).toBeLessThanOrEqual(hi);
          }
        }
      }
      if (id !== 'noisy') for (const g of emaSignal(id, 40)) expect(g >= lo && g <= hi).toBe(true);
    }
  });

  it('emaView(alternating, β) settles near ±(1 − β)/(1 + β)', () => {
    const view = emaView('alternating', 0.5, 40, false);
    expectClose(Math.abs(view.v[39]), (1 - 0.5) / (1 + 0.5), 1e-9);
  });

  it('emaView with bias correction turns a constant input into itself from the first step', () => {
    const view = emaView('step', 0.9, 12, true);
    // Before the step the inputs are 0; the corrected average of constant inputs is exact.
    expect(view.v[0]).toBe(0);
    const constant = emaView('constant-plus-alternating', 0, 3, true);
    expect(constant.v).toEqual(constant.g);
  });

  it('emaView weights are (1 − β)βʲ, sum to 1 − βⁿ, and the window is 1/(1 − β)', () => {
    const view = emaView('alternating', 0.9, 40, false);
    expect(view.weights).toHaveLength(40);
    expectClose(view.weights[0], 0.1, 1e-12);
    expectClose(view.weights[3], 0.1 * 0.9 ** 3, 1e-12);
    expectClose(
      view.weights.reduce((s, w) => s + w, 0),
      view.weightSum,
      1e-12,
    );
    expectClose(view.weightSum, 1 - 0.9 ** 40, 1e-12);
    expectClose(view.window, 10, 1e-9);
  });

  it('weightAxisTop(β) holds the largest weight 1 − β and changes only in a few steps', () => {
    for (let beta = 0; beta <= 0.99; beta += 0.01) {
      const top = weightAxisTop(beta);
      expect(top).toBeGreaterThanOrEqual(1 - beta - 1e-9);
      expect(top).toBeLessThanOrEqual(Math.max(0.02, 2.5 * (1 - beta)));
    }
    expect(
      new Set(Array.from({ length: 100 }, (_, i) => weightAxisTop(i / 100))).size,
    ).toBeLessThanOrEqual(6);
  });

  it('weightAxisTicks labels 0 to each axis top in four to six round steps', () => {
    expect(weightAxisTicks(0.02).map((t) => t.label)).toEqual([
      '0',
      '0.005',
      '0.01',
      '0.015',
      '0.02',
    ]);
    expect(weightAxisTicks(0.1).map((t) => t.label)).toEqual([
      '0',
      '0.02',
      '0.04',
      '0.06',
      '0.08',
      '0.1',
    ]);
    for (let beta = 0; beta <= 0.99; beta += 0.01) {
      const top = weightAxisTop(beta);
      const ticks = weightAxisTicks(top);
      expect(ticks.length).toBeGreaterThanOrEqual(5);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks[0].value).toBe(0);
      expect(ticks.at(-1)!.value).toBeCloseTo(top, 12);
    }
  });

  it('emaFacts(0.9) quotes window 10, alternating 0.0526 and a constant reaching 1 − 0.9¹⁰', () => {
    const facts = emaFacts(0.9);
    expectClose(facts.window, 10, 1e-9);
    expectClose(facts.alternating, 0.1 / 1.9, 1e-12);
    expectClose(facts.constant, 1 - 0.9 ** 10, 1e-12);
    expect(facts.constantSteps).toBe(10);
  });
});

describe('describeWeights', () => {
  it('quotes the window 1/(1−β) and the sum 1 − βⁿ of the weights drawn', () => {
    const view = emaView('alternating', 0.9, 40, false);
    expect(describeWeights(view)).toBe(
      `Weights (1 − β)βʲ: 10 steps carry most of the weight; the 40 shown sum to ${(1 - 0.9 ** 40).toFixed(3)}.`,
    );
  });

  it('says "more than 1000" rather than a huge window when β is almost 1', () => {
    const view = emaView('constant', 0.9999, 20, false);
    expect(describeWeights(view)).toContain('more than 1000 steps carry most of the weight');
    expect(describeWeights(view)).toContain('the 20 shown sum to');
  });

  it('a constant 1 is never said to reach 1.00 before it does', () => {
    // β = 0.5: 1 − 0.5¹⁰ = 0.99902…, which two decimals would print as 1.00.
    expect(constantReached(1 - 0.5 ** 10)).toBe('more than 0.99');
    expect(describeEma(0.5, 'noisy', false, 40)).toContain(
      'a constant 1 reaches more than 0.99 after 10 steps',
    );
    // Short of it, two decimals as before; at β = 0 it is exactly 1.
    expect(constantReached(1 - 0.9 ** 10)).toBe('0.65');
    expect(constantReached(1)).toBe('1.00');
  });
});
