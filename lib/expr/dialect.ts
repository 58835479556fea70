import type { FunctionSpec } from './functions';

/**
 * What names a kind of input understands. Objectives read x and y; update rules read w, g,
 * v, … and may call grad(…). Both share the numbers, operators, constants and functions.
 */
export interface Dialect {
  /** Typed spelling → canonical variable name (e.g. 'α' → 'lr'). */
  readonly variables: ReadonlyMap<string, string>;
  /** Functions beyond the shared whitelist (grad in update rules). */
  readonly extraFunctions: ReadonlyMap<string, FunctionSpec>;
  /** Ends the message for an unknown name, e.g. 'use x and y'. */
  readonly namesHint: string;
}

/** Named constants shared by every dialect. */
export const CONSTANTS: ReadonlyMap<string, { readonly name: 'pi' | 'e'; readonly value: number }> =
  new Map([
    ['pi', { name: 'pi', value: Math.PI }],
    ['\u03c0', { name: 'pi', value: Math.PI }],
    ['e', { name: 'e', value: Math.E }],
  ] as const);

/** The objective dialect: f(x, y). */
export const OBJECTIVE_DIALECT: Dialect = {
  variables: new Map([
    ['x', 'x'],
    ['y', 'y'],
  ]),
  extraFunctions: new Map(),
  namesHint: 'use x and y',
};

/** The update-rule dialect (see update-rule.ts). */
export const RULE_DIALECT: Dialect = {
  variables: new Map([
    ['w', 'w'],
    ['g', 'g'],
    ['v', 'v'],
    ['m', 'm'],
    ['s', 's'],
    ['t', 't'],
    ['lr', 'lr'],
    ['alpha', 'lr'],
    ['\u03b1', 'lr'], // α
    ['beta', 'beta'],
    ['\u03b2', 'beta'], // β
    ['beta1', 'beta'],
    ['\u03b21', 'beta'],
    ['beta2', 'beta2'],
    ['\u03b22', 'beta2'],
    ['eps', 'eps'],
    ['epsilon', 'eps'],
    ['\u03b5', 'eps'], // ε
  ]),
  extraFunctions: new Map([['grad', { name: 'grad', minArgs: 1, maxArgs: 1, tex: '\\nabla f' }]]),
  namesHint:
    'a rule can use w, g, v, m, s, t, lr (α), beta (β), beta2, eps and grad(…); it works on the whole vector w, not on x and y',
};
