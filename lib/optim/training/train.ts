import { mulberry32, shuffledIndices } from '../random';
import type { Optimizer, Vector } from '../types';
import type { TrainingProblem } from './linear-regression';

/** Options of {@link train}. */
export interface TrainOptions {
  /** Passes over the data (≥ 0). */
  readonly epochs: number;
  /** Examples per step; default n (full batch: one exact-gradient step per epoch). */
  readonly batchSize?: number;
  /** Seed of the shuffles. Default 0. Same seed → bit-identical run. */
  readonly seed?: number;
  /** Starting weights; default problem.start (zeros). */
  readonly w0?: Vector;
  /**
   * Record the full-data loss after every step (default true). A race needs the loss only at
   * each epoch's end: false skips the per-step loss, which is most of a small minibatch's cost
   * (392 rows to score a 32-row step), and leaves `stepLosses` empty. The weights are still
   * checked after every step, the loss at every epoch's end; a diverged lean run keeps the
   * start of the epoch it diverged in. (A loss that exploded mid-epoch and came back below 1e15
   * by the epoch's end would stop only a default run: not a thing a least-squares run does.)
   */
  readonly stepLosses?: boolean;
}

/** The outcome of {@link train}. Never contains NaN or ±Infinity. */
export interface TrainResult {
  /** losses[e] = full-data loss f(w) after e epochs; losses[0] is the start. */
  readonly losses: readonly number[];
  /**
   * stepLosses[k] = full-data loss after k optimizer steps (minibatch updates); empty when
   * `options.stepLosses` is false.
   */
  readonly stepLosses: readonly number[];
  readonly weights: Vector;
  /** Optimizer steps taken. */
  readonly steps: number;
  readonly status: 'diverged' | 'max-steps';
  /** The exact optimum f* of the problem (from least squares). */
  readonly minimum: number;
}

/**
 * Minibatch training: each epoch visits the examples in a seeded random order (Fisher–Yates on
 * mulberry32), in batches of `batchSize` (the last may be smaller); each batch's mean gradient
 * drives one `optimizer.update`, and `gradAt` (Nesterov's look-ahead) uses the same batch.
 * Stops as 'diverged' before any non-finite or exploding (> 1e15) loss or weight is kept.
 */
export function train<S>(
  problem: TrainingProblem,
  optimizer: Optimizer<S>,
  options: TrainOptions,
): TrainResult {
  const n = problem.n;
  const dim = problem.dim;
  const batchSize = Math.max(1, Math.min(n, options.batchSize ?? n));
  const uniform = mulberry32(options.seed ?? 0);
  let w: Vector = Array.from(options.w0 ?? problem.start ?? new Array<number>(dim).fill(0));
  let state = optimizer.init(w);
  const losses = [problem.f(w)];
  const everyStep = options.stepLosses ?? true;
  const stepLosses = everyStep ? [losses[0]] : [];
  let status: TrainResult['status'] = 'max-steps';
  const natural = batchSize >= n ? Array.from({ length: n }, (_, i) => i) : [];
  let steps = 0;

  const exploded = (x: number) => !(Math.abs(x) <= 1e15);

  epochs: for (let e = 0; e < options.epochs; e++) {
    // A full batch keeps file order, so its gradient sums in the same order as problem.grad and
    // the run equals simulate(problem, …) bit for bit.
    const order = batchSize >= n ? natural : shuffledIndices(n, uniform);
    // The epoch's start, to return to if its end explodes (a lean run checks the loss only there).
    const epochStart = { w, state, steps };
    let loss = losses[losses.length - 1];
    for (let start = 0; start < n; start += batchSize) {
      const batch = order.slice(start, start + batchSize);
      const gradAt = (p: Vector): Vector => {
        const out = new Float64Array(dim);
        problem.batchGradInto(p, batch, out);
        return Array.from(out);
      };
      const update = optimizer.update(gradAt(w), state, w, gradAt);
      const next = w.map((wi, i) => wi + update.step[i]);
      if (everyStep) loss = problem.f(next);
      if ((everyStep && exploded(loss)) || next.some(exploded)) {
        // A lean run has not scored this epoch's steps: it keeps only the epoch's start.
        if (!everyStep) ({ w, state, steps } = epochStart);
        status = 'diverged';
        break epochs;
      }
      w = next;
      state = update.state;
      steps++;
      if (everyStep) stepLosses.push(loss);
    }
    if (!everyStep) {
      loss = problem.f(w);
      if (exploded(loss)) {
        ({ w, state, steps } = epochStart);
        status = 'diverged';
        break;
      }
    }
    losses.push(loss);
  }
  return { losses, stepLosses, weights: w, steps, status, minimum: problem.minimum };
}
