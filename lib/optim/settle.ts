/**
 * "Reached" means reached and stayed (MATH.md, "Measuring speed honestly").
 *
 * A series settles at index k when every value from k on satisfies the goal:
 *
 * \text{settled}(k) \iff \text{goal}(v_j) \text{ for every } j \ge k.
 *
 * The first dip below a tolerance is not convergence: momentum swings through the minimum, so
 * its loss touches the tolerance and climbs back. Every "needs N steps", "reached in N epochs"
 * and every challenge check in the course counts from the settle index instead.
 *
 * These functions only see the recorded series; whether the claim also holds past its end is
 * the caller's to establish (see `simulate`, which runs a margin past the budget or uses the
 * closed-form envelope of a quadratic).
 */

/**
 * The first index k from which `goal(values[j])` holds for every j ≥ k, or null when the last
 * value fails the goal (or the series is empty). Scans from the end, so it costs O(n) once.
 */
export function settledIndex(
  values: ArrayLike<number>,
  goal: (value: number) => boolean,
): number | null {
  let k = values.length;
  while (k > 0 && goal(values[k - 1])) k--;
  return k === values.length ? null : k;
}

/** The first index from which values[j] − floor ≤ tol for every j ≥ it (a loss settling), or null. */
export function settledBelow(values: ArrayLike<number>, tol: number, floor = 0): number | null {
  return settledIndex(values, (v) => v - floor <= tol);
}

/** The first index from which values[j] ≥ bound for every j ≥ it (an accuracy settling), or null. */
export function settledAbove(values: ArrayLike<number>, bound: number): number | null {
  return settledIndex(values, (v) => v >= bound);
}

/** The first index with values[k] − floor ≤ tol (the first dip; not convergence), or null. */
export function firstBelow(values: ArrayLike<number>, tol: number, floor = 0): number | null {
  for (let k = 0; k < values.length; k++) if (values[k] - floor <= tol) return k;
  return null;
}
