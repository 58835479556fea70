/**
 * Why a challenge's answer cannot be run, or null: every parameter the learner sets must have a
 * value inside its allowed range. Shared by the tuning and the network challenges.
 */
export function answerValuesProblem<N extends string>(
  set: readonly N[],
  ranges: Partial<Record<N, readonly [number, number]>>,
  values: Partial<Record<N, number>>,
): string | null {
  for (const name of set) {
    const value = values[name];
    if (value === undefined) return `No value for ${name}`;
    const [lo, hi] = ranges[name] as readonly [number, number];
    if (!(value >= lo && value <= hi)) return `${name} = ${value} is outside [${lo}, ${hi}]`;
  }
  return null;
}
