/**
 * Round steps for sliders and search grids: the learner's slider and the teacher's answer-key
 * grid must agree on what "a value the learner can set" is, so both use these.
 */

/**
 * The smallest round step (1, 2 or 5 × 10ⁿ) that is at least `raw`. Float noise does not push
 * it to the next size: (0.3 − 0.2)/20 = 0.005000000000000001 gives 0.005, not 0.01.
 */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-12)) ?? raw;
}

/** How many decimals a value on a grid of this step shows (0 … 6): 0.005 → 3, 20 → 0. */
export function decimalsFor(step: number): number {
  return Math.max(0, Math.min(6, Math.ceil(-Math.log10(step) - 1e-9)));
}
