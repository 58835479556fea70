/**
 * Data for the "steps to converge against β" figure: for a fixed step size α, run the heavy
 * ball for every β on a grid and count the steps until the loss has shrunk by the factor `tol`
 * and stays there (the settle step of lib/optim `simulate`; a first dip that climbs back does
 * not count).
 * Too small a β crawls like gradient descent; too large overshoots and rings, decaying only
 * like √β per step; the curve's valley between the two is the point of the figure.
 */
import {
  criticalBeta,
  linspace,
  makeOptimizer,
  momentumSpectrumRate,
  optimalMomentum,
  simulate,
  stepsToTolerance,
  type Objective,
  type Vector,
} from '@/lib/optim';
import { fixed } from './format';
import { formatPoint } from './runs';

/** Options of {@link betaSweep} and {@link stepsForBeta}. */
export interface SweepOptions {
  /** Step size α > 0 (held fixed across the sweep). */
  lr: number;
  /**
   * Relative tolerance ε ∈ (0, 1): a run has arrived at the first k from which
   * f(wʲ) − f* ≤ ε (f(w⁰) − f*) for every j ≥ k. Relative, so moving the start point does not
   * move the curve of a quadratic. When f* is unknown: ‖∇f(wʲ)‖ ≤ ε ‖∇f(w⁰)‖ instead.
   * Default 1e-6.
   */
  tol?: number;
  /** Step budget; a run still outside the tolerance after it is "not reached". Default 500. */
  maxSteps?: number;
}

/** How one β fared: steps to the tolerance, or why it never got there. */
export type SweepOutcome =
  | { reached: true; steps: number }
  | { reached: false; reason: 'diverged' | 'max-steps'; steps: number };

/** Runs the heavy ball with (α, β) from w⁰: the step from which it stays within the relative tolerance. */
export function stepsForBeta(
  objective: Objective,
  w0: Vector,
  beta: number,
  options: SweepOptions,
): SweepOutcome {
  const tol = options.tol ?? 1e-6;
  const maxSteps = options.maxSteps ?? 500;
  const absolute = absoluteTolerance(objective, w0, tol);
  const result = simulate(objective, makeOptimizer('heavy-ball', { lr: options.lr, beta }), w0, {
    steps: maxSteps,
    tol: absolute,
  });
  if (result.settledAt !== null) return { reached: true, steps: result.settledAt };
  return {
    reached: false,
    reason: result.status === 'diverged' ? 'diverged' : 'max-steps',
    steps: result.steps,
  };
}

/** The simulate `tol` that means "shrunk by the factor ε" for this objective and start. */
function absoluteTolerance(objective: Objective, w0: Vector, tol: number): number {
  if (objective.minimum !== undefined) return tol * (objective.f(w0) - objective.minimum);
  const g = objective.grad(w0);
  return tol * Math.hypot(...g);
}

/** The outcome of {@link betaSweep}. */
export interface BetaSweep {
  betas: Float64Array;
  /** steps[j] for betas[j]; NaN where the tolerance was not reached. */
  steps: Float64Array;
  /** Why betas[j] did not arrive: 'diverged', 'max-steps', or null when it did. */
  missed: ('diverged' | 'max-steps' | null)[];
  /** The β of the grid that arrives first (the smallest such β on ties), or null if none does. */
  best: { beta: number; steps: number } | null;
}

/**
 * Steps to the tolerance for `samples` values of β evenly spread over [0, betaMax] (default 100
 * over [0, 0.99]: the grid of a β slider with step 0.01). Each run is a few µs, so the whole
 * sweep fits in a slider event.
 */
export function betaSweep(
  objective: Objective,
  w0: Vector,
  options: SweepOptions & { samples?: number; betaMax?: number },
): BetaSweep {
  const betas = linspace(0, options.betaMax ?? 0.99, options.samples ?? 100);
  const steps = new Float64Array(betas.length);
  const missed: BetaSweep['missed'] = [];
  let best: BetaSweep['best'] = null;
  for (let j = 0; j < betas.length; j++) {
    const beta = +betas[j].toFixed(10);
    betas[j] = beta;
    const outcome = stepsForBeta(objective, w0, beta, options);
    steps[j] = outcome.reached ? outcome.steps : NaN;
    missed.push(outcome.reached ? null : outcome.reason);
    if (outcome.reached && (!best || outcome.steps < best.steps))
      best = { beta, steps: outcome.steps };
  }
  return { betas, steps, missed, best };
}

/**
 * The closed-form step count on a quadratic with eigenvalues in [λmin, λmax]: the loss shrinks
 * like rate^{2k} with rate = momentumSpectrumRate(α, β, λmin, λmax), so
 * k ≈ \lceil \log(1/ε) / (−2 \log \text{rate}) \rceil (Infinity when rate ≥ 1). It ignores the
 * constant in front of the envelope, so it can differ from the simulation by a few steps.
 */
export function theoreticalSteps(
  lr: number,
  beta: number,
  lambdaMin: number,
  lambdaMax: number,
  tol = 1e-6,
): number {
  const rate = momentumSpectrumRate(lr, beta, lambdaMin, lambdaMax);
  return stepsToTolerance(rate * rate, tol);
}

/** What the live text of the sweep needs to say. */
export interface SweepSummary {
  lr: number;
  beta: number;
  current: SweepOutcome;
  maxSteps: number;
  best: BetaSweep['best'];
  /** Polyak's β* and α* for the objective's κ (quadratics only). */
  optimal?: { beta: number; lr: number } | null;
  /** β of critical damping of the shallow direction for this α, when αλmin ≤ 1. */
  critical?: number | null;
}

/**
 * "With α = 1.50, β = 0.60 the loss stays within the tolerance from step 28; the fastest β here
 * is 0.56 (21 steps); β* = 0.40 for this κ (with α* = 2.67)."
 */
export function describeSweep(s: SweepSummary): string {
  const head = `With α = ${fixed(s.lr, 2)}, β = ${fixed(s.beta, 2)}`;
  const now = s.current.reached
    ? `${head} the loss stays within the tolerance from step ${s.current.steps}`
    : s.current.reason === 'diverged'
      ? `${head} diverges`
      : `${head} does not settle within the tolerance in ${s.maxSteps} steps`;
  const best = s.best
    ? `the fastest β here is ${fixed(s.best.beta, 2)} (${s.best.steps} step${s.best.steps === 1 ? '' : 's'})`
    : `no β settles with this α`;
  let text = `${now}; ${best}`;
  if (s.optimal)
    text += `; β* = ${fixed(s.optimal.beta, 2)} for this κ (with α* = ${fixed(s.optimal.lr, 2)})`;
  if (s.critical !== undefined && s.critical !== null) {
    text += `; the shallow direction is critically damped at β = ${fixed(s.critical, 2)}`;
  }
  return `${text}.`;
}

/** The closed-form extras of a sweep on a quadratic: Polyak's pair, critical β, theory curve. */
export interface SweepTheory {
  optimal: { beta: number; lr: number; rate: number };
  critical: number | null;
  theory: number[];
}

/**
 * Everything the sweep figure says about one state of the page, from the sweep (recomputed when
 * α, the surface or the start move) and the current β's outcome: the closed-form extras on a
 * quadratic, and the live sentence (or the plain words for a start where f is undefined).
 */
export function sweepView(
  objective: Objective,
  w0: Vector,
  sweep: BetaSweep,
  current: SweepOutcome,
  options: { lr: number; beta: number; tol: number; maxSteps: number },
): { theory: SweepTheory | null; sentence: string; problem: string | null } {
  const { lr, beta, tol, maxSteps } = options;
  const f0 = objective.f(w0);
  const problem =
    Number.isFinite(f0) && Math.abs(f0) <= 1e15
      ? null
      : `f is ${Number.isNaN(f0) || !Number.isFinite(f0) ? 'not defined' : 'too large'} at the start point ${formatPoint(w0)}${Number.isNaN(f0) ? ': its value there is not a finite number' : ''}. Move the start point or change the formula.`;
  const eig = objective.eigenvalues;
  let theory: SweepTheory | null = null;
  if (eig) {
    const lambdaMin = eig[0];
    const lambdaMax = eig[eig.length - 1];
    theory = {
      optimal: optimalMomentum(lambdaMin, lambdaMax),
      critical: lr * lambdaMin <= 1 ? criticalBeta(lr, lambdaMin) : null,
      theory: Array.from(sweep.betas, (b) => theoreticalSteps(lr, b, lambdaMin, lambdaMax, tol)),
    };
  }
  const sentence =
    problem ??
    describeSweep({
      lr,
      beta,
      current,
      maxSteps,
      best: sweep.best,
      optimal: theory?.optimal,
      critical: theory?.critical,
    });
  return { theory, sentence, problem };
}
