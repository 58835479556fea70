/**
 * 2,000 reproducible numbers spread evenly in magnitude over 10^-decades … 10^decades, signs
 * alternating (a Lehmer generator from `seed`): random, so never exactly on a decimal tie —
 * the format tests check ties on their own.
 */
export function randomMagnitudes(decades: number, seed = 11): number[] {
  const out: number[] = [];
  let state = seed;
  for (let i = 0; i < 2000; i++) {
    state = (state * 16807) % 2147483647;
    out.push((i % 2 ? -1 : 1) * 10 ** (-decades + 2 * decades * (state / 2147483647)));
  }
  return out;
}
