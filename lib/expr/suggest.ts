import { CONSTANTS, type Dialect } from './dialect';
import { FUNCTION_ALIASES } from './functions';
import { closestName } from '@/lib/text/closest';

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
    const bestName = closestName(name.toLowerCase(), pool);
    if (bestName !== undefined) return `did you mean ${bestName}?`;
  }
  return `${dialect.namesHint}.`;
}
