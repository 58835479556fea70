import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { gd } from '../optimizers/gd';
import { heavyBall } from '../optimizers/heavy-ball';
import { nesterov } from '../optimizers/nesterov';
import { adam } from '../optimizers/adam';
import { optimalGd, optimalMomentum } from '../quadratic-analysis';
import { simulate } from '../simulate';
import { sameBits } from '../test-support';
import { leastSquares } from './least-squares';
import { trainingProblem } from './linear-regression';
import { speedup, stepsToReach } from './speedup';
import { train } from './train';

const standardized = trainingProblem({
  features: ['Weight_in_lbs', 'Horsepower', 'Displacement', 'Acceleration', 'Year'],
  standardize: true,
});
const raw = trainingProblem({ features: ['Weight_in_lbs', 'Acceleration'], standardize: false });

describe('training problems on the cars data', () => {
  it('trainingProblem is ½·mean squared error with a bias weight first', () => {
    const p = trainingProblem({ features: ['Weight_in_lbs'], standardize: false });
    expect(p.weightNames).toEqual(['bias', 'Weight_in_lbs']);
    expect(p.n).toBe(392);
    const w = [40, -0.007];
    let s = 0;
    for (let i = 0; i < p.n; i++) s += (w[0] + w[1] * p.X[i * 2 + 1] - p.y[i]) ** 2;
    expectClose(p.f(w), s / (2 * p.n), 1e-14);
  });

  it('the minimiser from least squares has zero gradient and the lowest loss', () => {
    for (const p of [standardized, raw]) {
      const g = p.grad(p.minimizer);
      const scale = Math.max(...p.eigenvalues);
      for (const gi of g) expect(Math.abs(gi)).toBeLessThan(1e-9 * scale);
      for (let i = 0; i < p.dim; i++) {
        const w = [...p.minimizer];
        w[i] += 1e-3;
        expect(p.f(w)).toBeGreaterThan(p.minimum);
      }
    }
  });

  it('the Hessian eigenvalues reproduce the Hessian, and raw features are far worse conditioned', () => {
    for (const p of [standardized, raw]) {
      p.eigenvectors.forEach((q, i) => {
        const Hq = p.hessian.map((row) => row.reduce((s, h, j) => s + h * q[j], 0));
        Hq.forEach((x, j) =>
          expectClose(
            x / p.eigenvalues[p.dim - 1],
            (p.eigenvalues[i] * q[j]) / p.eigenvalues[p.dim - 1],
            1e-12,
          ),
        );
      });
    }
    expect(raw.kappa).toBeGreaterThan(1e8);
    expect(standardized.kappa).toBeGreaterThan(10);
    expect(standardized.kappa).toBeLessThan(1e3);
  });

  it('leastSquares(X, y) solves an exactly determined system', () => {
    const w = leastSquares(
      [
        [1, 1],
        [1, 2],
        [1, 3],
      ],
      [3, 5, 7],
    );
    expectClose(w[0], 1, 1e-14);
    expectClose(w[1], 2, 1e-14);
  });

  it('momentum needs about √κ as many steps as gradient descent: speedup(momentum, gd, tol) on standardized features', () => {
    const [lo, hi] = [standardized.eigenvalues[0], standardized.eigenvalues[standardized.dim - 1]];
    const m = optimalMomentum(lo, hi);
    const g = optimalGd(lo, hi);
    const w0 = standardized.start!;
    const mom = simulate(standardized, heavyBall({ lr: m.lr, beta: m.beta }), w0, {
      steps: 20_000,
      tol: 1e-6,
    });
    const plain = simulate(standardized, gd({ lr: g.lr }), w0, { steps: 20_000, tol: 1e-6 });
    expect(mom.status).toBe('converged');
    expect(plain.status).toBe('converged');
    // On the simulated record the settle step equals simulate's proven one.
    const s = speedup(mom, plain, 1e-6);
    expect(s.stepsA).toBe(mom.settledAt);
    expect(s.stepsB).toBe(plain.settledAt);
    expect(s.ratio).toBeGreaterThan(3);
    expect(s.ratio).toBeGreaterThan(Math.sqrt(standardized.kappa) / 3);
  });

  it('speedup reports Infinity steps and a null ratio for runs that never arrive', () => {
    expect(stepsToReach([5, 4, 3], 0, 1)).toBe(Infinity);
    expect(speedup({ losses: [5, 4] }, { losses: [5, 4] }, 1, 0)).toEqual({
      stepsA: Infinity,
      stepsB: Infinity,
      ratio: null,
    });
    expect(speedup({ losses: [5, 0.5] }, { losses: [5, 4] }, 1, 0).ratio).toBe(Infinity);
    expect(speedup({ losses: [5, 2, 0.5] }, { losses: [5, 4, 3, 0.9] }, 1, 0).ratio).toBe(1.5);
  });

  it('stepsToReach counts from where the loss stays within the tolerance, not from the first dip', () => {
    expect(stepsToReach([5, 0.5, 3, 0.9, 0.8], 0, 1)).toBe(3);
    expect(stepsToReach([5, 0.5, 3], 0, 1)).toBe(Infinity);
    expect(speedup({ losses: [5, 0.5, 2, 0.5] }, { losses: [5, 4, 0.5, 0.5] }, 1, 0)).toEqual({
      stepsA: 3,
      stepsB: 2,
      ratio: 2 / 3,
    });
  });

  it('train with full batches equals simulate’s pure path step for step', () => {
    const opt = heavyBall({ lr: 0.3, beta: 0.8 });
    const t = train(standardized, opt, { epochs: 50 });
    const s = simulate(standardized, opt, standardized.start!, { steps: 50, pure: true });
    expect(t.steps).toBe(50);
    expect(sameBits(t.stepLosses, s.losses)).toBe(true);
    expect(t.losses).toEqual(t.stepLosses);
  });

  it('train with minibatches is deterministic per seed and approaches the optimum', () => {
    const opt = nesterov({ lr: 0.05, beta: 0.9 });
    const a = train(standardized, opt, { epochs: 30, batchSize: 32, seed: 5 });
    const b = train(standardized, opt, { epochs: 30, batchSize: 32, seed: 5 });
    const c = train(standardized, opt, { epochs: 30, batchSize: 32, seed: 6 });
    expect(sameBits(a.stepLosses, b.stepLosses)).toBe(true);
    expect(sameBits(a.weights, b.weights)).toBe(true);
    expect(sameBits(a.stepLosses, c.stepLosses)).toBe(false);
    expect(a.losses).toHaveLength(31);
    expect(a.steps).toBe(30 * Math.ceil(392 / 32));
    expect(a.losses[30] - a.minimum).toBeLessThan(0.05 * (a.losses[0] - a.minimum));
  });

  it('train without per-step losses gives the same epochs bit for bit, diverged runs included', () => {
    const cases = [
      { problem: standardized, optimizer: heavyBall({ lr: 0.02, beta: 0.9 }), batchSize: 32 },
      { problem: standardized, optimizer: nesterov({ lr: 0.05, beta: 0.9 }), batchSize: 8 },
      { problem: standardized, optimizer: adam({ lr: 0.05 }), batchSize: 50 },
      { problem: standardized, optimizer: gd({ lr: 0.3 }), batchSize: undefined },
      // Diverging: at a full batch, and within an epoch of small batches.
      { problem: raw, optimizer: gd({ lr: 1e-3 }), batchSize: undefined },
      { problem: standardized, optimizer: heavyBall({ lr: 1.5, beta: 0.9 }), batchSize: 32 },
    ];
    for (const [i, { problem, optimizer, batchSize }] of cases.entries()) {
      const options = { epochs: 40, batchSize, seed: 3 };
      const full = train(problem, optimizer, options);
      const lean = train(problem, optimizer, { ...options, stepLosses: false });
      expect(sameBits(lean.losses, full.losses), `case ${i}`).toBe(true);
      expect(lean.status, `case ${i}`).toBe(full.status);
      expect(lean.stepLosses).toEqual([]);
      if (full.status === 'max-steps') {
        expect(sameBits(lean.weights, full.weights), `case ${i}`).toBe(true);
        expect(lean.steps).toBe(full.steps);
      } else {
        // What a diverged lean run keeps is a scored point: the start of its last epoch.
        expect(sameBits([problem.f(lean.weights)], [lean.losses.at(-1)!]), `case ${i}`).toBe(true);
        expect(lean.steps % Math.ceil(problem.n / (batchSize ?? problem.n))).toBe(0);
      }
    }
    expect(train(raw, gd({ lr: 1e-3 }), { epochs: 40 }).status).toBe('diverged');
    expect(
      train(standardized, heavyBall({ lr: 1.5, beta: 0.9 }), { epochs: 40, batchSize: 32 }).status,
    ).toBe('diverged');
  });

  it('train stops as diverged, keeping only finite losses', () => {
    const t = train(raw, gd({ lr: 1e-3 }), { epochs: 100 });
    expect(t.status).toBe('diverged');
    expect(t.stepLosses.every(Number.isFinite)).toBe(true);
  });
});
