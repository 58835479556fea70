/**
 * The whitelisted syntax tree. The parser can only build these node kinds, and every later
 * stage (folding, differentiation, LaTeX, compilation) switches over exactly this set, so
 * nothing a learner types can reach a JavaScript feature that is not listed here.
 */

/** Binary operators, in the usual reading (`^` is a power). */
export type BinaryOp = '+' | '-' | '*' | '/' | '^';

/** A number; `name` remembers a named constant (`pi`, `e`) for display. */
export interface NumNode {
  readonly kind: 'num';
  readonly value: number;
  readonly name?: 'pi' | 'e';
  readonly index: number;
}

/** A variable read: `x`, `y` in objectives; `w`, `g`, `v`, `lr`, … in update rules. */
export interface VarNode {
  readonly kind: 'var';
  readonly name: string;
  readonly index: number;
}

/** Unary minus. (Unary plus is dropped by the parser.) */
export interface NegNode {
  readonly kind: 'neg';
  readonly arg: Node;
  readonly index: number;
}

/** `left op right`; `implicit` marks a product written by juxtaposition (`2x`). */
export interface BinaryNode {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: Node;
  readonly right: Node;
  readonly implicit?: boolean;
  readonly index: number;
}

/** A whitelisted function applied to its arguments (see functions.ts). */
export interface CallNode {
  readonly kind: 'call';
  readonly fn: string;
  readonly args: readonly Node[];
  readonly index: number;
}

/**
 * Internal only (built by differentiation, never by the parser): evaluates `args`, finds the
 * first index holding the largest (`max`) or smallest (`min`) value, and returns `picks` at
 * that index. It is the subgradient of min/max: ties go to the first argument.
 */
export interface PickNode {
  readonly kind: 'pick';
  readonly mode: 'min' | 'max';
  readonly args: readonly Node[];
  readonly picks: readonly Node[];
  readonly index: number;
}

/** Any expression node. */
export type Node = NumNode | VarNode | NegNode | BinaryNode | CallNode | PickNode;

/** A number node (index −1 when it comes from a rewrite rather than the source). */
export function num(value: number, index = -1): NumNode {
  return { kind: 'num', value, index };
}

/** A binary node. */
export function binary(op: BinaryOp, left: Node, right: Node, index = -1): BinaryNode {
  return { kind: 'binary', op, left, right, index };
}

/** A unary minus node. */
export function neg(arg: Node, index = -1): NegNode {
  return { kind: 'neg', arg, index };
}

/** A function call node. */
export function call(fn: string, args: readonly Node[], index = -1): CallNode {
  return { kind: 'call', fn, args, index };
}

/** True when `node` contains a read of any variable in `names`. */
export function dependsOn(node: Node, names: ReadonlySet<string>): boolean {
  switch (node.kind) {
    case 'num':
      return false;
    case 'var':
      return names.has(node.name);
    case 'neg':
      return dependsOn(node.arg, names);
    case 'binary':
      return dependsOn(node.left, names) || dependsOn(node.right, names);
    case 'call':
      return node.args.some((a) => dependsOn(a, names));
    case 'pick':
      return (
        node.args.some((a) => dependsOn(a, names)) || node.picks.some((a) => dependsOn(a, names))
      );
  }
}

/** Number of nodes in the tree (shared subtrees counted once per use). */
export function countNodes(node: Node): number {
  switch (node.kind) {
    case 'num':
    case 'var':
      return 1;
    case 'neg':
      return 1 + countNodes(node.arg);
    case 'binary':
      return 1 + countNodes(node.left) + countNodes(node.right);
    case 'call':
      return node.args.reduce((n, a) => n + countNodes(a), 1);
    case 'pick':
      return [...node.args, ...node.picks].reduce((n, a) => n + countNodes(a), 1);
  }
}
