import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { saddle } from './objectives/classic';
import { illConditionedBowl, quadratic } from './objectives/quadratic';
import { gd } from './optimizers/gd';
import { heavyBall } from './optimizers/heavy-ball';
import { nesterov } from './optimizers/nesterov';
import { simulate } from './simulate';
import { sameBits } from './test-support';
import type { Objective } from './types';
import { unrolledMomentum } from './unrolled';

const bowl = illConditionedBowl({ kappa: 10 });

function everyFinite(xs: ArrayLike<number>): boolean {
  for (let i = 0; i < xs.length; i++) if (!Number.isFinite(xs[i])) return false;
  return true;
}

describe('simulate', () => {
  it('simulate(objective, optimizer, w0, { steps }) returns w0 first and f of every point', () => {
    const run = simulate(bowl, heavyBall({ lr: 1, beta: 0.5 }), [-3, 1], { steps: 50 });
    expect(run.status).toBe('max-steps');
    expect(run.steps).toBe(50);
    expect(run.points.length).toBe(51);
    expect(run.losses.length).toBe(51);
    expect(run.points.at(0)).toEqual([-3, 1]);
    for (let k = 0; k <= 50; k++) expect(run.losses[k]).toBe(bowl.f(run.points.at(k)));
    expect(run.points.get(7, 1)).toBe(run.points.at(7)[1]);
    expect(run.points.column(0)[7]).toBe(run.points.at(7)[0]);
    expect(run.minimum).toBe(0);
  });

  it('simulate with tol reports settledAt, the first point from which the loss stays within tol', () => {
    const run = simulate(bowl, gd({ lr: 1 }), [-3, 1], { steps: 10_000, tol: 1e-8 });
    expect(run.status).toBe('converged');
    const k = run.settledAt as number;
    expect(run.losses[k]).toBeLessThanOrEqual(1e-8);
    expect(run.losses[k - 1]).toBeGreaterThan(1e-8);
    for (let j = k; j <= run.steps; j++) expect(run.losses[j]).toBeLessThanOrEqual(1e-8);
    expect(run.settledBy).toBe('envelope');
    expect(run.points.length).toBe(run.steps + 1);
  });

  it('simulate starting at the minimiser settles at step 0', () => {
    const run = simulate(bowl, gd({ lr: 1 }), [0, 0], { steps: 10, tol: 0 });
    expect(run.status).toBe('converged');
    expect(run.settledAt).toBe(0);
  });

  it('simulate with tol does not count the heavy ball’s first dip: it swings back above tol', () => {
    const kappa100 = illConditionedBowl({ kappa: 100 });
    const run = simulate(kappa100, heavyBall({ lr: 1, beta: 0.9 }), [-3.5, 1.5], {
      steps: 5000,
      tol: 1e-6,
    });
    const whole = simulate(kappa100, heavyBall({ lr: 1, beta: 0.9 }), [-3.5, 1.5], { steps: 400 });
    const dip = whole.losses.findIndex((l) => l <= 1e-6);
    expect(dip).toBeGreaterThan(0);
    expect(run.settledAt).toBeGreaterThan(dip);
    for (let j = dip; j < (run.settledAt as number); j++) if (whole.losses[j] > 1e-6) return;
    throw new Error('the loss never climbed back above tol between the dip and settling');
  });

  it('simulate with stopAtSettle false records the whole budget and still reports settledAt', () => {
    const stop = simulate(bowl, heavyBall({ lr: 1, beta: 0.5 }), [-3, 1], {
      steps: 300,
      tol: 1e-6,
    });
    const all = simulate(bowl, heavyBall({ lr: 1, beta: 0.5 }), [-3, 1], {
      steps: 300,
      tol: 1e-6,
      stopAtSettle: false,
    });
    expect(all.steps).toBe(300);
    expect(stop.steps).toBeLessThan(300);
    expect(all.settledAt).toBe(stop.settledAt);
    expect(all.status).toBe('converged');
  });

  it('simulate settles only within the budget: a run that gets there later is max-steps', () => {
    const enough = simulate(bowl, gd({ lr: 0.1 }), [-3, 1], { steps: 10_000, tol: 1e-6 });
    const k = enough.settledAt as number;
    const short = simulate(bowl, gd({ lr: 0.1 }), [-3, 1], { steps: k - 1, tol: 1e-6 });
    expect(short.status).toBe('max-steps');
    expect(short.settledAt).toBeNull();
    const exact = simulate(bowl, gd({ lr: 0.1 }), [-3, 1], { steps: k, tol: 1e-6 });
    expect(exact.settledAt).toBe(k);
    expect(exact.checkedThrough).toBeGreaterThanOrEqual(k);
  });

  it('simulate without a known minimum uses ‖∇f‖ ≤ tol as the convergence test', () => {
    const { minimum: _m, minimizer: _w, ...rest } = saddle();
    const unknown: Objective = rest;
    const run = simulate(unknown, gd({ lr: 0.1 }), [1, 0.5], { steps: 10_000, tol: 1e-6 });
    expect(run.status).toBe('converged');
    expect(run.minimum).toBeUndefined();
    expect(Math.hypot(...unknown.grad(run.points.at(-1)))).toBeLessThanOrEqual(1e-6);
  });

  it('simulate from a start where f is undefined returns a run diverged at step 0 instead of throwing', () => {
    // sqrt(x) typed in the playground, whose opening start has x = −1.5.
    const root: Objective = {
      id: 'root',
      label: '√x',
      tex: '\\sqrt{x}',
      dim: 2,
      f: (w) => Math.sqrt(w[0]),
      grad: (w) => [0.5 / Math.sqrt(w[0]), 0],
    };
    const run = simulate(root, gd({ lr: 0.1 }), [-1.5, 2], { steps: 400, tol: 1e-6 });
    expect(run).toMatchObject({
      status: 'diverged',
      steps: 0,
      settledAt: null,
      rejected: { step: 0, reason: 'not-finite' },
    });
    expect(run.points.at(0)).toEqual([-1.5, 2]);
    expect(Number.isNaN(run.rejected?.loss)).toBe(true);
  });

  it('simulate from a start beyond divergeAbove returns a run diverged at step 0 (too large)', () => {
    const run = simulate(bowl, heavyBall({ lr: 1, beta: 0.9 }), [1e8, 1e8], { steps: 50 });
    expect(run).toMatchObject({
      status: 'diverged',
      steps: 0,
      rejected: { step: 0, reason: 'too-large' },
    });
    expect(run.rejected?.loss).toBe(bowl.f([1e8, 1e8]));
  });

  it('simulate stops as diverged before the first non-finite or exploding point and never returns NaN', () => {
    const run = simulate(bowl, gd({ lr: 2.5 }), [-3, 1], { steps: 5000 });
    expect(run.status).toBe('diverged');
    expect(run.steps).toBeLessThan(5000);
    expect(run.points.length).toBe(run.steps + 1);
    expect(everyFinite(run.points.data)).toBe(true);
    expect(everyFinite(run.losses)).toBe(true);
    const small = simulate(bowl, gd({ lr: 2.5 }), [-3, 1], { steps: 5000, divergeAbove: 100 });
    expect(small.status).toBe('diverged');
    expect(Math.max(...small.losses)).toBeLessThanOrEqual(100);
  });

  it('simulate stops as diverged on a NaN gradient without keeping it', () => {
    const nanAfter: Objective = {
      id: 'nan',
      label: 'NaN beyond x = 2',
      tex: 'x^2',
      dim: 1,
      f: (w) => w[0] * w[0],
      grad: (w) => [w[0] > 2 ? NaN : -1],
    };
    const run = simulate(nanAfter, gd({ lr: 1 }), [0], { steps: 10, record: 'full' });
    expect(run.status).toBe('diverged');
    expect(run.points.toArray()).toEqual([[0], [1], [2], [3]]);
    expect(everyFinite(run.grads!.data)).toBe(true);
  });

  it('simulate with the same noise seed is bit-identical, and a different seed differs', () => {
    const opts = { steps: 300, noise: 0.5, seed: 11 };
    const a = simulate(bowl, nesterov({ lr: 0.5, beta: 0.8 }), [-3, 1], opts);
    const b = simulate(bowl, nesterov({ lr: 0.5, beta: 0.8 }), [-3, 1], opts);
    const c = simulate(bowl, nesterov({ lr: 0.5, beta: 0.8 }), [-3, 1], { ...opts, seed: 12 });
    expect(sameBits(a.points.data, b.points.data)).toBe(true);
    expect(sameBits(a.losses, b.losses)).toBe(true);
    expect(sameBits(a.points.data, c.points.data)).toBe(false);
  });

  it('simulate uses the pure update for an optimizer without a kernel and an objective without gradInto', () => {
    const { kernel: _k, ...pureOpt } = heavyBall({ lr: 0.8, beta: 0.7 });
    const plain: Objective = {
      id: 'plain',
      label: '',
      tex: '',
      dim: 2,
      f: bowl.f,
      grad: bowl.grad,
    };
    const fast = simulate(bowl, heavyBall({ lr: 0.8, beta: 0.7 }), [-3, 1], {
      steps: 500,
      noise: 0.1,
      seed: 1,
    });
    const slow = simulate(plain, pureOpt, [-3, 1], {
      steps: 500,
      noise: 0.1,
      seed: 1,
    });
    expect(sameBits(fast.points.data, slow.points.data)).toBe(true);
    expect(sameBits(fast.losses, slow.losses)).toBe(true);
  });

  it("simulate with record 'full' gives the gradient at each point and the displacement to the next", () => {
    const run = simulate(bowl, heavyBall({ lr: 0.5, beta: 0.9 }), [-3, 1], {
      steps: 20,
      record: 'full',
    });
    expect(run.grads!.length).toBe(20);
    expect(run.velocities!.length).toBe(20);
    for (let k = 0; k < 20; k++) {
      expect(run.grads!.at(k)).toEqual(bowl.grad(run.points.at(k)));
      const v = run.velocities!.at(k);
      expect(v[0]).toBe(run.points.get(k + 1, 0) - run.points.get(k, 0));
    }
  });

  it('simulate rejects a start point of the wrong dimension', () => {
    expect(() => simulate(bowl, gd({ lr: 1 }), [1, 2, 3], { steps: 1 })).toThrow(RangeError);
  });

  it('unrolled momentum w⁰ − α Σ (1 − β^(k+1−i))/(1 − β) ∇f(wⁱ) (minus sign) equals the simulation', () => {
    const q = quadratic({ eigenvalues: [0.3, 2], angle: 1, center: [0.5, 0.5] });
    const lr = 0.4;
    const beta = 0.75;
    const run = simulate(q, heavyBall({ lr, beta }), [3, -2], { steps: 40, record: 'full' });
    const grads = run.grads!.toArray();
    for (let k = 0; k < 40; k++) {
      const w = unrolledMomentum([3, -2], grads.slice(0, k + 1), lr, beta);
      const sim = run.points.at(k + 1);
      w.forEach((wi, i) => expectClose(wi, sim[i], 1e-12, `k=${k}`));
    }
    // The article's plus sign walks uphill instead.
    const plus = [3, -2].map((w0, i) => w0 + lr * ((1 - beta) / (1 - beta)) * grads[0][i]);
    expect(plus[0]).not.toBeCloseTo(run.points.at(1)[0], 6);
  });

  it('unrolledMomentum with β = 1 sums the weights directly', () => {
    expect(unrolledMomentum([0], [[1], [1]], 1, 1)).toEqual([-3]);
  });
});
