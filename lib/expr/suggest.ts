import { CONSTANTS, type Dialect } from './dialect';
import { FUNCTION_ALIASES } from './functions';

/** Edit distance (Levenshtein, plus adjacent swaps), giving up (returning limit + 1) once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let prevPrev = prev;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      // A swap of two neighbours ('sni' for 'sin') counts as one edit.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prevPrev[j - 2] + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** Splits `name` into known single names, e.g. 'xy' → ['x', 'y'], or returns undefined. */
function segment(name: string, known: readonly string[]): string[] | undefined {
  // Depth-first over prefixes; names are at most a few hundred characters, known names short.
  const best: (string[] | undefined)[] = Array.from({ length: name.length + 1 }, () => undefined);
  best[name.length] = [];
  for (let i = name.length - 1; i >= 0; i--) {
    for (const k of known) {
      const rest = best[i + k.length];
      if (rest && name.startsWith(k, i)) {
        best[i] = [k, ...rest];
        break;
      }
    }
  }
  return best[0];
}

/**
 * The end of an "Unknown name" message: a product the learner probably meant ('xy' → x*y),
 * a close spelling ('sni' → sin), or the dialect's list of names.
 */
export function suggestName(name: string, dialect: Dialect, isCall: boolean): string {
  const variables = [...dialect.variables.keys(), ...CONSTANTS.keys()].filter((k) =>
    /^[a-z]+$/.test(k),
  );
  const functions = [...FUNCTION_ALIASES.keys(), ...dialect.extraFunctions.keys()];
  const letters = name.replace(/[0-9]+$/, '');
  const digits = name.slice(letters.length);
  for (const f of functions) {
    const rest = name.slice(f.length);
    if (name.startsWith(f) && rest.length > 0 && segment(rest, variables)) {
      return `functions need parentheses: write ${f}(${rest}).`;
    }
  }
  const parts = segment(letters, variables);
  if (parts && parts.length > 0 && (parts.length > 1 || digits)) {
    const product = [...parts, ...(digits ? [digits] : [])].join('*');
    return `write ${product} for a product (or separate the names with spaces).`;
  }
  if (name.length > 1) {
    const pool = isCall ? [...functions, ...variables] : [...variables, ...functions];
    const limit = name.length <= 3 ? 1 : 2;
    let bestName: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of pool) {
      const d = distance(name.toLowerCase(), candidate, limit);
      if (d < bestDistance) {
        bestDistance = d;
        bestName = candidate;
      }
    }
    if (bestName !== undefined) return `did you mean ${bestName}?`;
  }
  return `${dialect.namesHint}.`;
}
