import { QuadraticEnvelope } from './envelope';
import { gaussian } from './random';
import { SettleTracker, settleMargin, type SettleProof } from './settle-tracker';
import { Trajectory } from './trajectory';
import type { Objective, Optimizer, Vector } from './types';

export { settleMargin };
export type { SettleProof };

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** The budget: the most updates the run may take to settle (≥ 0). */
  readonly steps: number;
  /**
   * The settle tolerance. A run *settles* at step k when f(wʲ) − f* ≤ tol for every j ≥ k
   * (MATH.md, "Measuring speed honestly"); f* is `target`, else `objective.minimum`. When neither
   * is known, the test is ‖∇f(wʲ)‖₂ ≤ tol (noise-free gradient) instead, so an objective with an
   * unknown (possibly negative) minimum is never declared settled merely for dipping below 0.
   * The first dip below tol is not settling: momentum swings through the minimum and climbs back.
   * Omit tol to always run `steps` updates and report no settling.
   */
  readonly tol?: number;
  /** Overrides `objective.minimum` as f* for `tol`. */
  readonly target?: number;
  /**
   * With `tol`: stop as soon as the run has provably settled (default true). False records the
   * whole budget (a figure that draws every step) and still reports `settledAt`.
   */
  readonly stopAtSettle?: boolean;
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

/** How a run ended: 'converged' means settled within the budget (see `settledAt`). */
export type SimulationStatus = 'converged' | 'diverged' | 'max-steps';

/** The point that ended a diverged run. */
export interface Rejection {
  /** Index of the rejected point: 0 is the start itself (f is undefined or too large there). */
  readonly step: number;
  /** 'not-finite': f or a coordinate is NaN or ±∞; 'too-large': beyond `divergeAbove`. */
  readonly reason: 'not-finite' | 'too-large';
  /** f at the rejected point, as computed (NaN, ±∞ or huge). */
  readonly loss: number;
}

/** The outcome of {@link simulate}. */
export interface SimulationResult {
  /** points.at(k) (or points.get(k, i)) is wᵏ after k updates; points.at(0) = w⁰. */
  readonly points: Trajectory;
  /**
   * losses[k] = f(wᵏ); same length as points. Finite everywhere, except losses[0] of a run whose
   * start was rejected (`rejected.step === 0`), which holds f(w⁰) as computed.
   */
  readonly losses: Float64Array;
  readonly status: SimulationStatus;
  /** Number of updates kept: points.length − 1 (never more than the budget). */
  readonly steps: number;
  /** f* used for the tolerance, when known (copied from options.target or objective.minimum). */
  readonly minimum?: number;
  /**
   * With `tol`: the first step k ≤ budget from which the loss stays within tol for every later
   * step, or null when the run does not settle within its budget. The claim holds past the
   * recorded steps too, as `settledBy` says. Without `tol`: null.
   */
  readonly settledAt: number | null;
  /**
   * How the claim beyond the record was established: 'envelope', the closed-form bound of a
   * quadratic (see envelope.ts), or 'margin', the loss held for max(50, settledAt) steps past
   * settledAt without growing and, lately, with room to spare (objectives without a closed
   * form, noisy runs: evidence, not a proof). Null when not settled.
   */
  readonly settledBy: SettleProof | null;
  /** The last step the run computed: past `steps` when the proof needed steps beyond the budget. */
  readonly checkedThrough: number;
  /** For a diverged run: which point was rejected and why. */
  readonly rejected?: Rejection;
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
 * kept (a start that is already so is a diverged run at step 0, never a throw). With `tol` it
 * reports `settledAt` and ends as 'converged' once settling is proven: on a quadratic with a
 * known optimizer by the closed-form envelope, otherwise after the loss has held for
 * max(50, k) steps past the candidate k without growing, lately at most at tol/2. A proof may need steps past the budget; those are
 * computed (`checkedThrough`) but not kept. Otherwise it ends as 'max-steps'.
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
  const budget = options.steps;
  if (!(budget >= 0) || !Number.isInteger(budget))
    throw new RangeError('simulate: steps must be an integer ≥ 0');
  const sigma = options.noise ?? 0;
  const bound = options.divergeAbove ?? 1e15;
  const full = options.record === 'full';
  const target = options.target ?? objective.minimum;
  const tol = options.tol;
  const stopAtSettle = options.stopAtSettle ?? true;

  // One buffer for points and losses: each typed-array allocation costs microseconds here.
  const buffer = new ArrayBuffer((budget + 1) * (dim + 1) * 8);
  const data = new Float64Array(buffer, 0, (budget + 1) * dim);
  const losses = new Float64Array(buffer, (budget + 1) * dim * 8, budget + 1);
  const gradData = full ? new Float64Array(budget * dim) : undefined;

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

  const w = Float64Array.from(w0);
  const g = new Float64Array(dim);
  const startLoss = fArray(w);
  const startVerdict = verdictOf(startLoss, w, bound);
  data.set(w, 0);
  losses[0] = startLoss;
  if (startVerdict !== null) {
    return finish(data, losses, dim, 0, 'diverged', target, null, 0, undefined, {
      step: 0,
      reason: startVerdict,
      loss: startLoss,
    });
  }

  const cap = budget + settleMargin(budget);
  const settle =
    tol === undefined
      ? null
      : new SettleTracker(
          tol,
          sigma > 0 || target === undefined
            ? null
            : QuadraticEnvelope.of(objective, optimizer, tol, target),
          dim,
        );
  // f(w) − f*, or ‖∇f(w)‖ (noise-free) when f* is unknown.
  const criterion = (loss: number, p: Float64Array): number => {
    if (target !== undefined) return loss - target;
    cleanGradInto(p, g);
    let s = 0;
    for (let i = 0; i < dim; i++) s += g[i] * g[i];
    return Math.sqrt(s);
  };

  const advance =
    !options.pure && optimizer.kernel
      ? kernelStep(optimizer, w, gradInto)
      : pureStep(optimizer, w, dim, gradInto);

  let k = 0;
  let kept = 0;
  let status: SimulationStatus = 'max-steps';
  let rejected: Rejection | undefined;
  // A proof needs at least one recorded step, so step 0 only opens a candidate.
  settle?.observe(0, criterion(startLoss, w), w);
  for (;;) {
    if (k >= budget) {
      if (!settle || !settle.pending()) break;
      if (k >= cap) {
        settle.giveUp(k);
        break;
      }
    }
    gradInto(w, g);
    if (gradData && k < budget) gradData.set(g, k * dim);
    advance(g);
    k++;
    const loss = fArray(w);
    const verdict = verdictOf(loss, w, bound);
    if (verdict !== null) {
      if (k <= budget) {
        status = 'diverged';
        rejected = { step: k, reason: verdict, loss };
      }
      if (settle) settle.broken();
      break;
    }
    if (k <= budget) {
      const base = k * dim;
      for (let i = 0; i < dim; i++) data[base + i] = w[i];
      losses[k] = loss;
      kept = k;
    }
    if (settle && settle.observe(k, criterion(loss, w), w) && stopAtSettle) break;
  }
  const settledAt = settle ? settle.settledAt() : null;
  if (settledAt !== null) status = 'converged';
  return finish(data, losses, dim, kept, status, target, settle, k, gradData, rejected);
}

// Why a point is rejected, or null when it is kept.
function verdictOf(
  loss: number,
  w: Float64Array,
  bound: number,
): 'not-finite' | 'too-large' | null {
  if (!Number.isFinite(loss)) return 'not-finite';
  let reason: 'too-large' | null = Math.abs(loss) <= bound ? null : 'too-large';
  for (let i = 0; i < w.length; i++) {
    const wi = w[i];
    if (!Number.isFinite(wi)) return 'not-finite';
    if (!(Math.abs(wi) <= bound)) reason = 'too-large';
  }
  return reason;
}

// One update in place with the optimizer's kernel: w ← w + step(g).
function kernelStep<S>(
  optimizer: Optimizer<S>,
  w: Float64Array,
  gradInto: (p: ArrayLike<number>, out: Float64Array) => void,
): (g: Float64Array) => void {
  const kernel = (optimizer.kernel as NonNullable<Optimizer<S>['kernel']>)(Float64Array.from(w));
  return (g) => kernel.step(w, g, gradInto);
}

// The same update through the pure init/update pair, written back into w.
function pureStep<S>(
  optimizer: Optimizer<S>,
  w: Float64Array,
  dim: number,
  gradInto: (p: ArrayLike<number>, out: Float64Array) => void,
): (g: Float64Array) => void {
  const gradAt = (p: Vector): Vector => {
    const out = new Float64Array(dim);
    gradInto(p, out);
    return Array.from(out);
  };
  let wv: Vector = Array.from(w);
  let state = optimizer.init(wv);
  return (g) => {
    const update = optimizer.update(Array.from(g), state, wv, gradAt);
    state = update.state;
    const step = update.step;
    wv = wv.map((wi, i) => wi + step[i]);
    w.set(wv);
  };
}

function finish(
  data: Float64Array,
  losses: Float64Array,
  dim: number,
  kept: number,
  status: SimulationStatus,
  target: number | undefined,
  settle: SettleTracker | null,
  checkedThrough: number,
  gradData: Float64Array | undefined,
  rejected: Rejection | undefined,
): SimulationResult {
  const length = kept + 1;
  const result: SimulationResult = {
    points: new Trajectory(data.subarray(0, length * dim), dim, length),
    losses: losses.subarray(0, length),
    status,
    steps: kept,
    ...(target !== undefined ? { minimum: target } : {}),
    settledAt: settle ? settle.settledAt() : null,
    settledBy: settle ? settle.settledBy() : null,
    checkedThrough,
    ...(rejected ? { rejected } : {}),
  };
  if (!gradData) return result;
  const vel = new Float64Array(kept * dim);
  for (let j = 0; j < kept * dim; j++) vel[j] = data[j + dim] - data[j];
  return {
    ...result,
    grads: new Trajectory(gradData.subarray(0, kept * dim), dim, kept),
    velocities: new Trajectory(vel, dim, kept),
  };
}
