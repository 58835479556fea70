import type { Objective } from '@/lib/optim/types';
import type { Node } from './ast';
import { compile, type Compiled } from './compile';
import { OBJECTIVE_DIALECT } from './dialect';
import { differentiate } from './differentiate';
import { ExprSyntaxError, failure, type Failure } from './errors';
import { parseExpression } from './parser';
import { print } from './print';
import { fold } from './simplify';
import { toTex } from './tex';

/** A learner's formula f(x, y) as a core objective over w = [x, y], with fast paths. */
export interface FormulaObjective extends Objective {
  readonly dim: 2;
  /** What the learner typed. */
  readonly source: string;
  fArray(w: ArrayLike<number>): number;
  gradInto(w: ArrayLike<number>, out: Float64Array): void;
  readonly view: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
}

/** The result of {@link parseObjective}: a value, never an exception. */
export type ObjectiveParse =
  { readonly ok: true; readonly objective: FormulaObjective; readonly tex: string } | Failure;

/** The plotting window of a typed formula (the lessons' usual square). */
export const DEFAULT_VIEW = { x: [-3, 3], y: [-3, 3] } as const;

/** Binds x and y to w[0] and w[1]. */
function bindPoint(node: Node): Compiled<ArrayLike<number>> | undefined {
  if (node.kind !== 'var') return undefined;
  if (node.name === 'x') return (w) => w[0];
  if (node.name === 'y') return (w) => w[1];
  return undefined;
}

/**
 * Reads a formula in x and y, such as `(x^2 + 10 y^2)/2 + sin(x)`, and returns it as an
 * objective whose gradient is the exact symbolic derivative: both are compiled to closures
 * once (constant-folded), so f and ∇f cost a few nanoseconds per evaluation.
 *
 * Never throws: a mistake comes back as `{ ok: false, error: { message, index } }` with the
 * 0-based offset of the offending character (the message counts from 1). Values outside the
 * formula's domain (log of a negative, division by zero, overflow) are NaN or ±Infinity, which
 * the simulator treats as divergence. See README.md in this folder for the grammar.
 */
export function parseObjective(
  source: string,
  options: { readonly label?: string } = {},
): ObjectiveParse {
  try {
    if (typeof source !== 'string') return failure('Type a formula, for example x^2 + 10 y^2.', 0);
    const tree = parseExpression(source, OBJECTIVE_DIALECT);
    return { ok: true, objective: buildObjective(source, tree, options.label), tex: toTex(tree) };
  } catch (e) {
    if (e instanceof ExprSyntaxError) return failure(e.message, e.index);
    // Defensive: a bug (or an exhausted stack) must not take the page down.
    return failure('This formula could not be read.', 0);
  }
}

function buildObjective(source: string, tree: Node, label?: string): FormulaObjective {
  const folded = fold(tree);
  const f = compile(folded, bindPoint);
  const dx = compile(differentiate(folded, 'x'), bindPoint);
  const dy = compile(differentiate(folded, 'y'), bindPoint);
  const gradInto = (w: ArrayLike<number>, out: Float64Array): void => {
    out[0] = dx(w);
    out[1] = dy(w);
  };
  return {
    id: `custom:${print(tree)}`,
    label: label ?? `f(x, y) = ${source.trim()}`,
    tex: toTex(tree),
    dim: 2,
    source,
    f: (w) => f(w),
    grad: (w) => [dx(w), dy(w)],
    fArray: f,
    gradInto,
    view: DEFAULT_VIEW,
  };
}
