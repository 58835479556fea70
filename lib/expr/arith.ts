/**
 * The arithmetic shared by constant folding and compiled closures, so that a folded constant
 * is bit-identical to what the closure would have computed at run time.
 */

/** u^p. A square is u·u (what hand-written code does, e.g. the core's g·g in Adam). */
export function power(u: number, p: number): number {
  return p === 2 ? u * u : Math.pow(u, p);
}

/** The value of a binary operator. */
export function applyBinary(op: '+' | '-' | '*' | '/' | '^', a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '^':
      return power(a, b);
  }
}

/** min or max of several values, NaN if any is NaN (like Math.min / Math.max). */
export function extremum(mode: 'min' | 'max', values: readonly number[]): number {
  return mode === 'min' ? Math.min(...values) : Math.max(...values);
}

/**
 * Index of the first largest (max) or smallest (min) value: the argument whose derivative
 * is a valid subgradient. Ties go to the first; a NaN argument is never chosen over a number.
 */
export function extremumIndex(mode: 'min' | 'max', values: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) {
    const v = values[k];
    const b = values[best];
    if (mode === 'max' ? v > b || Number.isNaN(b) : v < b || Number.isNaN(b)) best = k;
  }
  return best;
}

/** The sign of u: 1, −1, or 0 at ±0 (NaN stays NaN). */
export function sign(u: number): number {
  return u > 0 ? 1 : u < 0 ? -1 : u === 0 ? 0 : NaN;
}
