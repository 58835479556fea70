/** Throws a RangeError unless every named hyper-parameter is a finite number (a programming error). */
export function requireFinite(who: string, hyper: Readonly<Record<string, number>>): void {
  for (const [key, value] of Object.entries(hyper)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`${who}: ${key} must be a finite number, got ${String(value)}`);
    }
  }
}
