import { clampNumber, type ParamSpecs, type ParamValue, type ParamValues } from './params';

/** Checks a formula or update rule from a URL before it replaces the lesson's default. */
export type TextValidator = (kind: 'formula' | 'rule', source: string) => boolean;

const MAX_TEXT = 2000;

/**
 * Serialises only the values that differ from the defaults, so a shared link stays short and a
 * lesson whose defaults change later still opens sensibly.
 */
export function encodeState(specs: ParamSpecs, values: ParamValues): string {
  const query = new URLSearchParams();
  for (const [name, spec] of Object.entries(specs)) {
    const value = values[name];
    if (value === undefined || sameValue(value, spec.value)) continue;
    query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return query.toString();
}

function sameValue(a: ParamValue, b: ParamValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a[0] === b[0] && a[1] === b[1];
  return a === b;
}

/**
 * Reads values from a query string. Anything unknown, malformed or rejected by `validate` is
 * ignored (reported in `rejected`) and the lesson's default stays: a bad link never breaks a page.
 */
export function decodeState(
  specs: ParamSpecs,
  search: string,
  validate: TextValidator = () => true,
): { values: Partial<ParamValues>; rejected: string[] } {
  const values: Partial<ParamValues> = {};
  const rejected: string[] = [];
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return { values, rejected: ['(query)'] };
  }
  for (const [name, raw] of query) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) continue; // other query parameters (e.g. an assignment) are not ours
    const value = decodeOne(spec, raw, validate);
    if (value === undefined) rejected.push(name);
    else values[name] = value;
  }
  return { values, rejected };
}

function decodeOne(
  spec: ParamSpecs[string],
  raw: string,
  validate: TextValidator,
): ParamValue | undefined {
  switch (spec.kind) {
    case 'number': {
      if (raw.trim() === '') return undefined;
      const n = Number(raw);
      return Number.isFinite(n) && n >= spec.min && n <= spec.max
        ? clampNumber(spec, n)
        : undefined;
    }
    case 'point': {
      const parts = raw.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
      if (parts.length !== 2 || !parts.every((n) => Number.isFinite(n) && Math.abs(n) < 1e6))
        return undefined;
      return [parts[0], parts[1]] as const;
    }
    case 'formula':
    case 'rule':
      return raw.length <= MAX_TEXT && validate(spec.kind, raw) ? raw : undefined;
  }
}
