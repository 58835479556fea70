/** A run with a loss per step (a SimulationResult, or a TrainResult's stepLosses). */
export interface LossRun {
  readonly losses: ArrayLike<number>;
  readonly minimum?: number;
}

/**
 * The first k with losses[k] − minimum ≤ tolerance, or Infinity if the run never gets there.
 */
export function stepsToReach(
  losses: ArrayLike<number>,
  minimum: number,
  tolerance: number,
): number {
  for (let k = 0; k < losses.length; k++) if (losses[k] - minimum <= tolerance) return k;
  return Infinity;
}

/** The outcome of {@link speedup}. */
export interface Speedup {
  /** Steps run A needs to come within tolerance of the optimum (Infinity: never). */
  readonly stepsA: number;
  readonly stepsB: number;
  /**
   * stepsB / stepsA: how many times fewer steps A needs ("momentum reached the target in
   * stepsA steps, gradient descent in stepsB"). Infinity if only A arrives, 0 if only B does,
   * null if neither; 1 if both start there.
   */
  readonly ratio: number | null;
}

/**
 * Compares two runs on the same problem: steps each needs until f(wᵏ) − f* ≤ tolerance. f* is
 * `minimum` if given, else runA.minimum, else runB.minimum, else 0.
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
  let ratio: number | null;
  if (stepsA === Infinity) ratio = stepsB === Infinity ? null : 0;
  else if (stepsA === 0) ratio = stepsB === 0 ? 1 : Infinity;
  else ratio = stepsB / stepsA;
  return { stepsA, stepsB, ratio };
}
