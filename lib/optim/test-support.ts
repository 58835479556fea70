/**
 * Helpers shared by the tests of lib/optim (not exported from the index).
 */

/** True when two number sequences have the same length and the same IEEE bits everywhere. */
export function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  const x = Float64Array.from(a);
  const y = Float64Array.from(b);
  const bx = new Uint8Array(x.buffer);
  const by = new Uint8Array(y.buffer);
  for (let i = 0; i < bx.length; i++) if (bx[i] !== by[i]) return false;
  return true;
}

/** The largest |a[i] − b[i]|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
