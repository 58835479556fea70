import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { beale, booth, rosenbrock } from '../objectives/classic';
import { illConditionedBowl, quadratic } from '../objectives/quadratic';
import { simulate } from '../simulate';
import { sameBits } from '../test-support';
import type { Objective, Optimizer, Vector } from '../types';
import { adam } from './adam';
import { emaMomentum } from './ema-momentum';
import { gd } from './gd';
import type { ChainState } from './chain';
import { heavyBall } from './heavy-ball';
import { makeOptimizer, optimizerNames } from './make';
import { nesterov } from './nesterov';
import { rmsprop } from './rmsprop';

// Properties run from a fixed seed: tests never depend on unseeded randomness.
fc.configureGlobal({ seed: 20240610 });

const bowl = quadratic({ eigenvalues: [0.2, 2], angle: 0.4, center: [1, -1] });

// optax-style table: every optimizer, tuned modestly, reaches each target from its start.
const table: [Optimizer<unknown>, Objective, Vector, number][] = [
  [gd({ lr: 0.5 }), bowl, [-2, 2], 400],
  [heavyBall({ lr: 0.5, beta: 0.5 }), bowl, [-2, 2], 400],
  [emaMomentum({ lr: 0.5, beta: 0.5 }), bowl, [-2, 2], 400],
  [nesterov({ lr: 0.5, beta: 0.5 }), bowl, [-2, 2], 400],
  // At lr 0.01 RMSProp only dips below 1e-6 and hovers around 4e-5: its steps never shrink.
  [rmsprop({ lr: 0.001 }), bowl, [-2, 2], 5000],
  [adam({ lr: 0.05 }), bowl, [-2, 2], 2000],
  [heavyBall({ lr: 0.001, beta: 0.9 }), rosenbrock(), [-1.2, 1], 20000],
  [nesterov({ lr: 0.001, beta: 0.9 }), rosenbrock(), [-1.2, 1], 20000],
  [adam({ lr: 0.02 }), rosenbrock(), [-1.2, 1], 20000],
  [heavyBall({ lr: 0.01, beta: 0.8 }), booth(), [-8, -6], 2000],
  [adam({ lr: 0.01 }), beale(), [1, 1.5], 20000],
];

describe('optimizers', () => {
  for (const [opt, obj, w0, steps] of table) {
    it(`${opt.name} ${JSON.stringify(opt.hyper)} settles on ${obj.id}`, () => {
      const run = simulate(obj, opt, w0, { steps, tol: 1e-6 });
      expect(run.status).toBe('converged');
      expect(run.settledAt).not.toBeNull();
      const w = run.points.at(-1);
      w.forEach((wi, i) => expectClose(wi, obj.minimizer![i], 5e-3));
    });
  }

  it('heavyBall with beta 0 is gradient descent step for step', () => {
    const a = simulate(bowl, heavyBall({ lr: 0.7, beta: 0 }), [3, 1], { steps: 200 });
    const b = simulate(bowl, gd({ lr: 0.7 }), [3, 1], { steps: 200 });
    expect(sameBits(a.points.data, b.points.data)).toBe(true);
  });

  it('emaMomentum(α′, β) gives the iterates of heavyBall(α′(1 − β), β) to 1e-12', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.tuple(
          fc.double({ min: -3, max: 3, noNaN: true }),
          fc.double({ min: -3, max: 3, noNaN: true }),
        ),
        (lrPrime, beta, w0) => {
          const ema = simulate(bowl, emaMomentum({ lr: lrPrime, beta }), w0, { steps: 60 });
          const hb = simulate(bowl, heavyBall({ lr: lrPrime * (1 - beta), beta }), w0, {
            steps: 60,
          });
          for (let j = 0; j < ema.points.data.length; j++) {
            expectClose(ema.points.data[j], hb.points.data[j], 1e-12);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('nesterov matches the PyTorch/optax form, whose iterates are the look-ahead points w − αβz', () => {
    const lr = 0.3;
    const beta = 0.8;
    const opt = nesterov({ lr, beta });
    const gradAt = (p: Vector) => bowl.grad(p);
    let w: Vector = [2, -3];
    let state: ChainState = opt.init(w);
    // PyTorch: buf ← β buf + g(w̃); w̃ ← w̃ − α(g(w̃) + β buf), from w̃⁰ = w⁰, buf = 0.
    let wt: Vector = [...w];
    let buf: Vector = [0, 0];
    for (let k = 0; k < 100; k++) {
      const up = opt.update(gradAt(w), state, w, gradAt);
      w = w.map((wi, i) => wi + up.step[i]);
      state = up.state;
      const g = gradAt(wt);
      buf = buf.map((b, i) => beta * b + g[i]);
      wt = wt.map((x, i) => x - lr * (g[i] + beta * buf[i]));
      const lookAhead = w.map((wi, i) => wi - lr * beta * state.vectors.v![i]);
      wt.forEach((x, i) => expectClose(x, lookAhead[i], 1e-12, `k=${k}`));
    }
  });

  it('heavyBall.update follows z ← βz + g, step = −αz', () => {
    const opt = heavyBall({ lr: 0.1, beta: 0.9 });
    const s0: ChainState = { vectors: { v: [1, 2] }, powers: [] };
    const up = opt.update([3, 4], s0, [0, 0], () => [0, 0]);
    expectClose(up.state.vectors.v![0], 0.9 + 3, 1e-15);
    expectClose(up.state.vectors.v![1], 1.8 + 4, 1e-15);
    expectClose(up.step[0], -0.39, 1e-15);
  });

  it('update never mutates its inputs', () => {
    for (const name of optimizerNames) {
      const opt = makeOptimizer(name, { lr: 0.1, beta: 0.5 });
      const w = Object.freeze([1, 2]);
      const g = Object.freeze([0.5, -0.5]);
      const s0 = opt.init(w);
      const frozen = JSON.stringify(s0);
      const up = opt.update(g, s0, w, (p) => bowl.grad(p));
      expect(JSON.stringify(s0)).toBe(frozen);
      expect(w).toEqual([1, 2]);
      expect(up.step).toHaveLength(2);
    }
  });

  it('the kernel and the pure update give bit-identical runs for every optimizer (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...optimizerNames),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.tuple(
          fc.double({ min: -4, max: 4, noNaN: true }),
          fc.double({ min: -2, max: 2, noNaN: true }),
        ),
        fc.constantFrom(0, 0.1),
        (name, lr, beta, w0, noise) => {
          const obj = illConditionedBowl({ kappa: 20, angle: 0.3 });
          const opt = makeOptimizer(name, { lr, beta });
          const fast = simulate(obj, opt, w0, { steps: 80, noise, seed: 9, record: 'full' });
          const slow = simulate(obj, opt, w0, {
            steps: 80,
            noise,
            seed: 9,
            record: 'full',
            pure: true,
          });
          expect(fast.status).toBe(slow.status);
          expect(sameBits(fast.points.data, slow.points.data)).toBe(true);
          expect(sameBits(fast.losses, slow.losses)).toBe(true);
          expect(sameBits(fast.grads!.data, slow.grads!.data)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('beta: 0 is kept, not replaced by the default', () => {
    expect(heavyBall({ lr: 1, beta: 0 }).hyper.beta).toBe(0);
    expect(nesterov({ lr: 1, beta: 0 }).hyper.beta).toBe(0);
    expect(emaMomentum({ lr: 1, beta: 0 }).hyper.beta).toBe(0);
    expect(adam({ lr: 1, beta1: 0 }).hyper.beta1).toBe(0);
    expect(rmsprop({ lr: 1, decay: 0 }).hyper.decay).toBe(0);
    expect(heavyBall({ lr: 1 }).hyper.beta).toBe(0.9);
  });

  it('makeOptimizer(name, hyper) builds each optimizer by its stable id and rejects bad input', () => {
    for (const name of optimizerNames) expect(makeOptimizer(name, { lr: 0.1 }).name).toBe(name);
    expect(makeOptimizer('heavy-ball', { lr: 0.2, beta: 0.3 }).hyper).toEqual({
      lr: 0.2,
      beta: 0.3,
    });
    expect(() => makeOptimizer('gd', {})).toThrow(RangeError);
    expect(() => makeOptimizer('nope' as never, { lr: 1 })).toThrow(RangeError);
    expect(() => heavyBall({ lr: NaN })).toThrow(RangeError);
  });

  it('adam applies bias correction: the first step has size α·sign(g) per coordinate', () => {
    const opt = adam({ lr: 0.1 });
    const up = opt.update([3, -0.02], opt.init([0, 0]), [0, 0], () => [0, 0]);
    expectClose(up.step[0], -0.1, 1e-8);
    expectClose(up.step[1], 0.1, 1e-6);
  });

  it('rmsprop divides by the root mean square: first step −α g/(√((1−ρ)g²) + ε)', () => {
    const opt = rmsprop({ lr: 0.1, decay: 0.9 });
    const up = opt.update([2], opt.init([0]), [0], () => [0]);
    expectClose(up.step[0], -0.1 / Math.sqrt(0.1), 1e-7);
  });
});
