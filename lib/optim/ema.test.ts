import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { alternatingAmplitude, constantAverage, effectiveWindow, ema, emaWeights } from './ema';

fc.configureGlobal({ seed: 20240612 });

const beta = fc.double({ min: 0, max: 0.99, noNaN: true });

describe('exponential moving average', () => {
  it('ema(values, β) is vₖ = βvₖ₋₁ + (1 − β)gₖ from v₀ = 0', () => {
    expect(ema([1, 2, 3], 0.5)).toEqual([0.5, 1.25, 2.125]);
    expect(ema([4, 5], 0)).toEqual([4, 5]);
  });

  it('ema equals the weighted sum Σ (1 − β)βʲ g_{k−j} (property)', () => {
    fc.assert(
      fc.property(
        beta,
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (b, g) => {
          const v = ema(g, b);
          const w = emaWeights(b, g.length);
          const sum = w.reduce((s, wj, j) => s + wj * g[g.length - 1 - j], 0);
          expectClose(v[g.length - 1], sum, 1e-12);
        },
      ),
    );
  });

  it('emaWeights(β, k) sum to 1 − βᵏ', () => {
    fc.assert(
      fc.property(beta, fc.integer({ min: 0, max: 200 }), (b, k) => {
        expectClose(
          emaWeights(b, k).reduce((s, x) => s + x, 0),
          1 - Math.pow(b, k),
          1e-12,
        );
      }),
    );
  });

  it('bias correction divides by 1 − βᵏ, so a constant input is recovered exactly', () => {
    const v = ema([3, 3, 3, 3], 0.9, { biasCorrection: true });
    v.forEach((x) => expectClose(x, 3, 1e-14));
  });

  it('effectiveWindow(β) is 1/(1 − β): 10 steps at β = 0.9, 100 at β = 0.99', () => {
    expectClose(effectiveWindow(0.9), 10, 1e-12);
    expectClose(effectiveWindow(0.99), 100, 1e-12);
  });

  it('an alternating input ±a averages to magnitude a(1 − β)/(1 + β) in the steady state', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (b, a) => {
          const g = Array.from({ length: 2000 }, (_, k) => (k % 2 === 0 ? a : -a));
          const v = ema(g, b);
          expectClose(Math.abs(v[1999]), a * alternatingAmplitude(b), 1e-9);
          expectClose(Math.abs(v[1998]), a * alternatingAmplitude(b), 1e-9);
        },
      ),
    );
  });

  it('a constant input c averages to c(1 − βᵏ) after k steps', () => {
    fc.assert(
      fc.property(beta, fc.integer({ min: 1, max: 100 }), (b, k) => {
        const v = ema(new Array(k).fill(2), b);
        expectClose(v[k - 1], 2 * constantAverage(b, k), 1e-12);
      }),
    );
  });
});
