import { describe, expect, it } from 'vitest';
import { momentumSpectrumRate, optimalMomentum } from '@/lib/optim';
import { expectClose } from '@/lib/test/expect-close';
import {
  bowlSpectrum,
  rateHeatmap,
  rateLegendTicks,
  rateMapBoundaries,
  rateReadout,
  RATE_MAP_DECADES,
  stepsPerDecade,
  describeRateMap,
} from './rate-heatmap';

describe('the rate map data', () => {
  it('rateHeatmap(κ, n) samples n α columns over [0, 4] and n β rows over [0, 1)', () => {
    const map = rateHeatmap(10, 50);
    expect(map.x).toHaveLength(50);
    expect(map.y).toHaveLength(50);
    expect(map.z).toHaveLength(50);
    expect(map.z[0]).toHaveLength(50);
    expect(map.x[0]).toBe(0);
    expect(map.x[49]).toBe(4);
    expect(map.y[0]).toBe(0);
    expect(map.y[49]).toBeLessThan(1);
  });

  it('rateHeatmap stores the closed-form rate and leaves diverging cells empty', () => {
    const map = rateHeatmap(20, 41);
    const { lambdaMin, lambdaMax } = bowlSpectrum(20);
    for (const [r, c] of [
      [0, 10],
      [20, 20],
      [40, 5],
      [10, 39],
    ]) {
      const rate = momentumSpectrumRate(map.x[c], map.y[r], lambdaMin, lambdaMax);
      expectClose(map.rates[r * 41 + c], rate, 1e-12);
      if (rate >= 1) expect(map.z[r][c]).toBeNull();
      else expect(map.z[r][c]).not.toBeNull();
    }
    // α = 4 is beyond 2 + 2β for every β < 1: the whole last column diverges.
    expect(map.z.every((row) => row[40] === null)).toBe(true);
  });

  it('the colour is 0 near the optimum and grows to RATE_MAP_DECADES where the run crawls', () => {
    const map = rateHeatmap(100, 200);
    const values = map.z.flat().filter((v): v is number => v !== null);
    expect(Math.min(...values)).toBeLessThan(0.1);
    expect(Math.max(...values)).toBe(RATE_MAP_DECADES);
    const best = optimalMomentum(0.01, 1);
    expectClose(map.bestStepsPerDecade, Math.LN10 / -Math.log(best.rate), 1e-12);
  });

  it('stepsPerDecade(rate) is ln 10 / −ln rate: 0.1 → 1 step, 1 → never', () => {
    expectClose(stepsPerDecade(0.1), 1, 1e-12);
    expect(stepsPerDecade(1)).toBe(Infinity);
    expect(stepsPerDecade(0)).toBe(0);
  });

  it('rateMapBoundaries(κ) puts the stability line at α = 2 + 2β and ringing edges at (1 ∓ √β)²/λ', () => {
    const b = rateMapBoundaries(25);
    b.stability.betas.forEach((beta, i) => expectClose(b.stability.alphas[i], 2 + 2 * beta, 1e-12));
    b.ringingStart.betas.forEach((beta, i) =>
      expectClose(b.ringingStart.alphas[i], (1 - Math.sqrt(beta)) ** 2, 1e-12),
    );
    b.ringingEnd.betas.forEach((beta, i) =>
      expectClose(b.ringingEnd.alphas[i], 25 * (1 + Math.sqrt(beta)) ** 2, 1e-12),
    );
  });

  it('rateReadout inside the ringing region gives |σ| = √β', () => {
    const r = rateReadout(1.5, 0.6, 10);
    expect(r.diverges).toBe(false);
    expect(r.ringing).toBe(true);
    expectClose(r.rate, Math.sqrt(0.6), 1e-12);
  });

  it('rateReadout for small α and β crawls along the slow direction with real roots', () => {
    const r = rateReadout(0.1, 0, 100);
    expect(r.limitedBy).toBe('slow');
    expect(r.ringing).toBe(false);
    expect(r.zigzag).toBe(false);
    expectClose(r.rate, 1 - 0.1 / 100, 1e-12);
  });

  it('rateReadout for gradient descent with α between 1 and 2 zig-zags in the steep direction', () => {
    const r = rateReadout(1.9, 0, 2);
    expect(r.limitedBy).toBe('steep');
    expect(r.zigzag).toBe(true);
    expectClose(r.rate, 0.9, 1e-12);
  });

  it('rateReadout past αλmax = 2 + 2β diverges', () => {
    expect(rateReadout(2 + 2 * 0.3 + 0.01, 0.3, 10).diverges).toBe(true);
    expect(rateReadout(2 + 2 * 0.3 - 0.01, 0.3, 10).diverges).toBe(false);
  });

  it('rateLegendTicks spans the colour scale from the best steps per decade to 100× that', () => {
    const map = rateHeatmap(10, 20);
    const ticks = rateLegendTicks(map);
    expect(ticks[0]).toEqual({ fraction: 0, steps: map.bestStepsPerDecade });
    expectClose(ticks[ticks.length - 1].steps, 100 * map.bestStepsPerDecade, 1e-12);
  });

  it('describeRateMap adds what a simulated run from the page’s start takes to settle', () => {
    const measure = { start: [-3.5, 1.5], level: 1e-6, budget: 2000 };
    expect(describeRateMap(1, 0.95, 100, measure)).toBe(
      'At α = 1.00, β = 0.95 the error shrinks by 0.97 per step (ringing: complex roots in the slow direction, |σ| = √β), ' +
        'about 90 steps per 10× smaller error. The best for κ = 100 is α* = 3.31, β* = 0.67 with rate 0.82. ' +
        'Simulated from (−3.5, 1.5), the loss stays below 10⁻⁶ from step 273.',
    );
    expect(describeRateMap(3.5, 0.5, 100, measure)).toMatch(/so the run diverges\./);
    expect(describeRateMap(0.05, 0, 100, measure)).toMatch(
      /the loss does not get below 10⁻⁶ within 2000 steps\.$/,
    );
  });
});
