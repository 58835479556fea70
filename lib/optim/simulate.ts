import { gaussian } from './random';
import { Trajectory } from './trajectory';
import type { Objective, Optimizer, Vector } from './types';

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Maximum number of updates (≥ 0). */
  readonly steps: number;
  /**
   * Stop as 'converged' at the first point with f(wᵏ) − f* ≤ tol, where f* is `target`, else
   * `objective.minimum`. When neither is known, the test is ‖∇f(wᵏ)‖₂ ≤ tol (noise-free gradient)
   * instead, so an objective with an unknown (possibly negative) minimum is never declared
   * converged merely for dipping below 0. Omit tol to always run `steps` updates.
   */
  readonly tol?: number;
  /** Overrides `objective.minimum` as f* for `tol`. */
  readonly target?: number;
  /** Standard deviation σ ≥ 0 of Gaussian noise added to every gradient evaluation. Default 0. */
  readonly noise?: number;
  /** Seed of the noise (any 32-bit integer). Default 0. Same seed → bit-identical run. */
  readonly seed?: number;
  /**
   * Stop as 'diverged' at the first point whose loss or any coordinate is non-finite or exceeds
   * this bound in absolute value. Default 1e15 (generous: momentum's transient can lift a
   * loss by many orders of magnitude on a run that still converges).
   */
  readonly divergeAbove?: number;
  /** 'points' (default) or 'full', which also records `grads` and `velocities`. */
  readonly record?: 'points' | 'full';
  /** Force the pure init/update path even when the optimizer has a kernel (for tests). */
  readonly pure?: boolean;
}

/** How a run ended. */
export type SimulationStatus = 'converged' | 'diverged' | 'max-steps';

/** The outcome of {@link simulate}. Never contains NaN or ±Infinity. */
export interface SimulationResult {
  /** points.at(k) (or points.get(k, i)) is wᵏ after k updates; points.at(0) = w⁰. */
  readonly points: Trajectory;
  /** losses[k] = f(wᵏ); same length as points. */
  readonly losses: Float64Array;
  readonly status: SimulationStatus;
  /** Number of updates kept: points.length − 1. */
  readonly steps: number;
  /** f* used for convergence, when known (copied from options.target or objective.minimum). */
  readonly minimum?: number;
  /** With record 'full': grads.at(k) is the (noisy) gradient evaluated at wᵏ, k < steps. */
  readonly grads?: Trajectory;
  /**
   * With record 'full': velocities.at(k) = wᵏ⁺¹ − wᵏ, the displacement of update k (for the heavy
   * ball this is −α zᵏ⁺¹), k < steps. An arrow from wᵏ along it lands on wᵏ⁺¹.
   */
  readonly velocities?: Trajectory;
}

/**
 * Runs `optimizer` on `objective` from `w0`: wᵏ⁺¹ = wᵏ + stepᵏ, with every gradient evaluation
 * replaced by ∇f + σξ, ξ ~ N(0, I) seeded, when `noise` σ > 0.
 *
 * Uses the optimizer's in-place `kernel` and the objective's `gradInto`/`fArray` when present (a
 * 1,000-step 2-D run takes a few µs), and the pure `init`/`update` otherwise; the two paths
 * perform the same floating-point operations and return bit-identical results.
 *
 * The run stops early as 'diverged' on the first non-finite or exploding point, which is not
 * kept; as 'converged' per `tol`; otherwise after `steps` updates as 'max-steps'.
 */
export function simulate<S>(
  objective: Objective,
  optimizer: Optimizer<S>,
  w0: Vector,
  options: SimulateOptions,
): SimulationResult {
  const dim = objective.dim;
  if (w0.length !== dim)
    throw new RangeError(`simulate: w0 has ${w0.length} coordinates, objective needs ${dim}`);
  const maxSteps = options.steps;
  if (!(maxSteps >= 0) || !Number.isInteger(maxSteps))
    throw new RangeError('simulate: steps must be an integer ≥ 0');
  const sigma = options.noise ?? 0;
  const bound = options.divergeAbove ?? 1e15;
  const full = options.record === 'full';
  const target = options.target ?? objective.minimum;
  const tol = options.tol;
  const useLoss = tol !== undefined && target !== undefined;
  const useGradNorm = tol !== undefined && target === undefined;

  // One buffer for points and losses: each typed-array allocation costs microseconds here.
  const buffer = new ArrayBuffer((maxSteps + 1) * (dim + 1) * 8);
  const data = new Float64Array(buffer, 0, (maxSteps + 1) * dim);
  const losses = new Float64Array(buffer, (maxSteps + 1) * dim * 8, maxSteps + 1);
  const gradData = full ? new Float64Array(maxSteps * dim) : undefined;

  const fArray = objective.fArray ?? ((w: ArrayLike<number>) => objective.f(Array.from(w)));
  const cleanGradInto =
    objective.gradInto ??
    ((w: ArrayLike<number>, out: Float64Array) => {
      const g = objective.grad(Array.from(w));
      for (let i = 0; i < dim; i++) out[i] = g[i];
    });
  const draw = sigma > 0 ? gaussian(options.seed ?? 0) : undefined;
  const gradInto = draw
    ? (w: ArrayLike<number>, out: Float64Array) => {
        cleanGradInto(w, out);
        for (let i = 0; i < dim; i++) out[i] = out[i] + sigma * draw();
      }
    : cleanGradInto;

  const log: Log = {
    data,
    losses,
    grads: gradData,
    dim,
    bound,
    target: useLoss ? (target as number) : NaN,
    tol: useLoss ? (tol as number) : NaN,
  };
  const w = Float64Array.from(w0);
  const first = admit(log, fArray, w, 0);
  if (first === REJECTED) {
    throw new RangeError(
      'simulate: the starting point is already non-finite or beyond divergeAbove',
    );
  }
  const gradNormTol = useGradNorm ? (tol as number) : NaN;
  const loop =
    first === CONVERGED ? undefined : !options.pure && optimizer.kernel ? runKernel : runPure;
  const outcome = loop
    ? loop(log, fArray, cleanGradInto, gradInto, optimizer, w, maxSteps, gradNormTol)
    : { kept: 0, status: 'converged' as const };
  const { kept, status } = outcome;

  const length = kept + 1;
  const points = new Trajectory(data.subarray(0, length * dim), dim, length);
  const result: SimulationResult = {
    points,
    losses: losses.subarray(0, length),
    status,
    steps: kept,
    ...(target !== undefined ? { minimum: target } : {}),
  };
  if (!full) return result;
  const vel = new Float64Array(kept * dim);
  for (let j = 0; j < kept * dim; j++) vel[j] = data[j + dim] - data[j];
  return {
    ...result,
    grads: new Trajectory((gradData as Float64Array).subarray(0, kept * dim), dim, kept),
    velocities: new Trajectory(vel, dim, kept),
  };
}

const KEPT = 0;
const CONVERGED = 1;
const REJECTED = 2;

/** Where a run is written, and the limits that end it. */
interface Log {
  readonly data: Float64Array;
  readonly losses: Float64Array;
  readonly grads: Float64Array | undefined;
  readonly dim: number;
  readonly bound: number;
  /** f* and tol of the loss criterion; NaN when it is off (every comparison is then false). */
  readonly target: number;
  readonly tol: number;
}

type ValueFn = (w: ArrayLike<number>) => number;
type GradFn = (w: ArrayLike<number>, out: Float64Array) => void;
interface Outcome {
  readonly kept: number;
  readonly status: SimulationStatus;
}

// Stores w as point k, or rejects it when its loss or a coordinate is non-finite or beyond the
// bound. A plain function over explicit arguments (no captured mutable state) so V8 inlines it
// into the hot loops.
function admit(log: Log, fArray: ValueFn, w: Float64Array, k: number): number {
  const loss = fArray(w);
  if (!(Math.abs(loss) <= log.bound)) return REJECTED;
  const dim = log.dim;
  const base = k * dim;
  for (let i = 0; i < dim; i++) {
    const wi = w[i];
    if (!(Math.abs(wi) <= log.bound)) return REJECTED;
    log.data[base + i] = wi;
  }
  log.losses[k] = loss;
  return loss - log.target <= log.tol ? CONVERGED : KEPT;
}

// ‖∇f(w)‖₂ ≤ tol with the noise-free gradient (false when tol is NaN).
function gradNormBelow(
  cleanGradInto: GradFn,
  w: Float64Array,
  g: Float64Array,
  tol: number,
): boolean {
  if (!(tol >= 0)) return false;
  cleanGradInto(w, g);
  let s = 0;
  for (let i = 0; i < g.length; i++) s += g[i] * g[i];
  return Math.sqrt(s) <= tol;
}

function runKernel<S>(
  log: Log,
  fArray: ValueFn,
  cleanGradInto: GradFn,
  gradInto: GradFn,
  optimizer: Optimizer<S>,
  w: Float64Array,
  maxSteps: number,
  gradNormTol: number,
): Outcome {
  const dim = log.dim;
  const kernel = (optimizer.kernel as NonNullable<Optimizer<S>['kernel']>)(Float64Array.from(w));
  const g = new Float64Array(dim);
  const grads = log.grads;
  for (let k = 0; k < maxSteps; k++) {
    if (gradNormBelow(cleanGradInto, w, g, gradNormTol)) return { kept: k, status: 'converged' };
    gradInto(w, g);
    if (grads) for (let i = 0; i < dim; i++) grads[k * dim + i] = g[i];
    kernel.step(w, g, gradInto);
    const verdict = admit(log, fArray, w, k + 1);
    if (verdict === REJECTED) return { kept: k, status: 'diverged' };
    if (verdict === CONVERGED) return { kept: k + 1, status: 'converged' };
  }
  return { kept: maxSteps, status: 'max-steps' };
}

function runPure<S>(
  log: Log,
  fArray: ValueFn,
  cleanGradInto: GradFn,
  gradInto: GradFn,
  optimizer: Optimizer<S>,
  w: Float64Array,
  maxSteps: number,
  gradNormTol: number,
): Outcome {
  const dim = log.dim;
  const g = new Float64Array(dim);
  const gradAt = (p: Vector): Vector => {
    const out = new Float64Array(dim);
    gradInto(p, out);
    return Array.from(out);
  };
  let wv: Vector = Array.from(w);
  let state = optimizer.init(wv);
  for (let k = 0; k < maxSteps; k++) {
    if (gradNormBelow(cleanGradInto, w, g, gradNormTol)) return { kept: k, status: 'converged' };
    const gv = gradAt(wv);
    if (log.grads) log.grads.set(gv, k * dim);
    const update = optimizer.update(gv, state, wv, gradAt);
    state = update.state;
    const step = update.step;
    wv = wv.map((wi, i) => wi + step[i]);
    w.set(wv);
    const verdict = admit(log, fArray, w, k + 1);
    if (verdict === REJECTED) return { kept: k, status: 'diverged' };
    if (verdict === CONVERGED) return { kept: k + 1, status: 'converged' };
  }
  return { kept: maxSteps, status: 'max-steps' };
}
