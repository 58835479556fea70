import { settledBelow } from '../settle';

/** A run with a loss per step (a SimulationResult, or a TrainResult's stepLosses). */
export interface LossRun {
  readonly losses: ArrayLike<number>;
  readonly minimum?: number;
}

/**
 * The first k from which losses[j] − minimum ≤ tolerance for every recorded j ≥ k (the run
 * *settles* at k; MATH.md, "Measuring speed honestly"), or Infinity when the last recorded loss is
 * still outside. The first dip below the tolerance does not count.
 *
 * This reads only the recorded series: a claim that the run stays settled after its last
 * record needs more than the record (`simulate` with `tol` proves it, by the closed-form envelope
 * of a quadratic or a margin past the budget). Use it on records long enough to show that.
 */
export function stepsToReach(
  losses: ArrayLike<number>,
  minimum: number,
  tolerance: number,
): number {
  return settledBelow(losses, tolerance, minimum) ?? Infinity;
}

/** The outcome of {@link speedup}. */
export interface Speedup {
  /** Steps after which run A stays within tolerance of the optimum (Infinity: not within its record). */
  readonly stepsA: number;
  readonly stepsB: number;
  /**
   * stepsB / stepsA: how many times fewer steps A needs ("momentum settled within the tolerance
   * in stepsA steps, gradient descent in stepsB"). Infinity if only A settles, 0 if only B does,
   * null if neither; 1 if both start there.
   */
  readonly ratio: number | null;
}

/**
 * Compares two runs on the same problem: the step from which each stays within `tolerance` of
 * f*, by {@link stepsToReach}. f* is `minimum` if given, else runA.minimum, else runB.minimum,
 * else 0.
 */
export function speedup(
  runA: LossRun,
  runB: LossRun,
  tolerance: number,
  minimum?: number,
): Speedup {
  const fStar = minimum ?? runA.minimum ?? runB.minimum ?? 0;
  const stepsA = stepsToReach(runA.losses, fStar, tolerance);
  const stepsB = stepsToReach(runB.losses, fStar, tolerance);
  return { stepsA, stepsB, ratio: ratioOf(stepsA, stepsB) };
}

/** stepsB / stepsA with the conventions of {@link Speedup.ratio}. */
export function ratioOf(stepsA: number, stepsB: number): number | null {
  if (stepsA === Infinity) return stepsB === Infinity ? null : 0;
  if (stepsA === 0) return stepsB === 0 ? 1 : Infinity;
  return stepsB / stepsA;
}
