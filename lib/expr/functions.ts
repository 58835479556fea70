import { sign } from './arith';

/**
 * The whitelist of functions a formula may call. Lookups go through a Map, so names such as
 * `constructor` or `__proto__` are simply absent rather than inherited from Object.prototype.
 */

/** One whitelisted function. */
export interface FunctionSpec {
  /** Canonical name stored in the syntax tree. */
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** LaTeX operator name for display (`\sin`), or undefined for a custom layout (sqrt, abs). */
  readonly tex?: string;
}

const unary = (name: string, tex?: string): FunctionSpec => ({ name, minArgs: 1, maxArgs: 1, tex });

const SPECS: readonly FunctionSpec[] = [
  unary('sin', '\\sin'),
  unary('cos', '\\cos'),
  unary('tan', '\\tan'),
  unary('exp', '\\exp'),
  unary('log', '\\ln'),
  unary('sqrt'),
  unary('abs'),
  unary('tanh', '\\tanh'),
  unary('sinh', '\\sinh'),
  unary('cosh', '\\cosh'),
  unary('atan', '\\arctan'),
  // sign(u) is the derivative of |u| (sign(0) = 0); learners also use it in sign-SGD rules.
  unary('sign', '\\operatorname{sign}'),
  { name: 'min', minArgs: 2, maxArgs: 100, tex: '\\min' },
  { name: 'max', minArgs: 2, maxArgs: 100, tex: '\\max' },
];

/** Canonical function name → spec. */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(SPECS.map((s) => [s.name, s]));

/**
 * Spellings a learner may type → canonical name. `ln` is the natural log (as is `log`, the
 * convention of every programming language); `arctan` is common in textbooks.
 */
export const FUNCTION_ALIASES: ReadonlyMap<string, string> = new Map([
  ...SPECS.map((s): [string, string] => [s.name, s.name]),
  ['ln', 'log'],
  ['arctan', 'atan'],
]);

/** One-argument implementations, by canonical name. */
export const UNARY_IMPL: ReadonlyMap<string, (u: number) => number> = new Map<
  string,
  (u: number) => number
>([
  ['sin', Math.sin],
  ['cos', Math.cos],
  ['tan', Math.tan],
  ['exp', Math.exp],
  ['log', Math.log],
  ['sqrt', Math.sqrt],
  ['abs', Math.abs],
  ['tanh', Math.tanh],
  ['sinh', Math.sinh],
  ['cosh', Math.cosh],
  ['atan', Math.atan],
  ['sign', sign],
]);
