/**
 * One value per key for the whole page: figures that read the same formula, the same rule at the
 * same α and β, or the same κ get the same object, so lib/plot `sharedRuns` can recognise their
 * runs as the same. `make` must depend on the key alone. The latest few keys are kept (a learner
 * typing a formula makes a new key per keystroke).
 */
const KEEP = 16;
const values = new Map<string, unknown>();

export function sharedValue<T>(key: string, make: () => T): T {
  if (values.has(key)) return values.get(key) as T;
  const value = make();
  values.set(key, value);
  if (values.size > KEEP) values.delete(values.keys().next().value as string);
  return value;
}
