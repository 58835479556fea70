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

/**
 * A slider over [lo, hi] with about `points` positions: the step is niceStep((hi − lo)/points)
 * and the ends are the first and last multiples of it inside the range. A browser's range input
 * counts its steps from `min`, so a min off that grid (0.05 with a step of 0.02) puts every
 * position off it too (…, 0.99, 1.01): a round start value such as α = 1 cannot be shown and the
 * thumb snaps beside it, and the answer key's grid (multiples of its step) is not on the slider.
 */
export function sliderGrid(
  lo: number,
  hi: number,
  points: number,
): { min: number; max: number; step: number; decimals: number } {
  return alignedGrid(lo, hi, niceStep((hi - lo) / points));
}

/**
 * The slider grid of [lo, hi] with a given step: the ends moved inward onto multiples of the
 * step, so every position the slider can take is a round value (a min of 0.05 with a step of
 * 0.02 made α = 1 impossible: the slider held 1.01).
 */
export function alignedGrid(
  lo: number,
  hi: number,
  step: number,
): { min: number; max: number; step: number; decimals: number } {
  const decimals = decimalsFor(step);
  const min = Number((Math.ceil(lo / step - 1e-9) * step).toFixed(decimals));
  const max = Number((Math.floor(hi / step + 1e-9) * step).toFixed(decimals));
  // A range narrower than one step has no multiple inside: keep its own ends.
  return min <= max ? { min, max, step, decimals } : { min: lo, max: hi, step, decimals };
}
