import { describe, expect, it } from 'vitest';
import { chain } from './objectives/chain';
import { heavyBall } from './optimizers/heavy-ball';
import { optimalMomentum } from './quadratic-analysis';
import { simulate } from './simulate';

describe('the lower bound on the chain problem', () => {
  const kappa = 100;
  const n = 300;
  const problem = chain({ n, kappa });
  const q = (Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1);
  const [lo, hi] = problem.spectrumBounds;
  const opt = optimalMomentum(lo, hi);
  const steps = 120;
  const run = simulate(problem, heavyBall({ lr: opt.lr, beta: opt.beta }), new Array(n).fill(0), {
    steps,
  });
  const wStar = problem.minimizer;
  const errInf = (k: number) => Math.max(...run.points.at(k).map((w, i) => Math.abs(w - wStar[i])));

  it('optimally tuned momentum respects ‖wᵏ − w*‖∞ ≥ ((√κ−1)/(√κ+1))ᵏ ‖w⁰ − w*‖∞', () => {
    for (let k = 0; k <= steps; k++)
      expect(errInf(k)).toBeGreaterThanOrEqual(Math.pow(q, k) * errInf(0));
  });

  it('each step reaches one more coordinate: wᵏ is zero beyond index k (the reason for the bound)', () => {
    for (const k of [1, 5, 40]) {
      const w = run.points.at(k);
      expect(w[k - 1]).not.toBe(0);
      expect(w.slice(k).every((x) => x === 0)).toBe(true);
    }
  });

  it('momentum is optimal up to constants: its error decays at the bound’s rate', () => {
    // Average rate over the last 60 steps is within 5% of (√κ−1)/(√κ+1) = 9/11.
    const rate = Math.pow(errInf(steps) / errInf(steps - 60), 1 / 60);
    expect(rate).toBeGreaterThanOrEqual(q * 0.95);
    expect(rate).toBeLessThanOrEqual(q * 1.05);
  });
});
