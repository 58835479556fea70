/**
 * `record[key]`, but only for the record's own properties. An id read from a link, a file or
 * storage may be `constructor`, `toString` or `__proto__`, which a plain lookup finds on
 * `Object.prototype` (a function, not an entry): every lookup keyed by such an id goes through
 * this, or the record is a `Map`.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
