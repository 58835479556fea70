import type { Node } from './ast';
import { extremumIndex, power, sign } from './arith';

/** A compiled expression: a closure over a context (the point, or an update rule's frame). */
export type Compiled<C> = (c: C) => number;

/**
 * Supplies the closure for a leaf the compiler does not know itself: a variable read, or a
 * dialect's special node (an update rule's grad(…) call, or β^t). Returns undefined to let
 * the compiler handle the node normally.
 */
export type LeafCompiler<C> = (node: Node) => Compiled<C> | undefined;

/**
 * Turns a syntax tree into nested closures, once; evaluating them does no interpretation of
 * the tree (no switch per node, no name lookups), which is what makes a 200×200 grid take
 * well under a millisecond. Common shapes get their own closure: an operand that is a number
 * is captured as a constant, and u^2 becomes u·u (the same arithmetic as arith.power, used by
 * constant folding).
 *
 * Shared subtrees (derivatives reuse parts of the function) compile to one closure whose
 * value is computed once per evaluation.
 */
export function compile<C>(root: Node, leaf: LeafCompiler<C>): Compiled<C> {
  const uses = countUses(root);
  const memo = new Map<Node, Compiled<C>>();
  // Subtrees used more than once (derivatives reuse the function's own subtrees, and a product
  // chain's derivative refers to every partial product) are computed once per evaluation:
  // their value is cached with the number of the evaluation that produced it. Without this a
  // 250-factor product's gradient would cost O(n²) operations per call instead of O(n).
  let evaluation = 0;
  const go = (node: Node): Compiled<C> => {
    let fn = memo.get(node);
    if (fn === undefined) {
      fn = leaf(node) ?? build(node);
      if ((uses.get(node) ?? 0) > 1 && node.kind !== 'num' && node.kind !== 'var') fn = cached(fn);
      memo.set(node, fn);
    }
    return fn;
  };
  const cached = (inner: Compiled<C>): Compiled<C> => {
    let stamp = -1;
    let value = 0;
    return (c) => {
      if (stamp !== evaluation) {
        value = inner(c);
        stamp = evaluation;
      }
      return value;
    };
  };

  const build = (node: Node): Compiled<C> => {
    switch (node.kind) {
      case 'num': {
        const k = node.value;
        return () => k;
      }
      case 'var':
        // The leaf compiler owns every variable; reaching here is a programming error.
        throw new Error(`compile: no binding for variable '${node.name}'`);
      case 'neg': {
        const a = go(node.arg);
        return (c) => -a(c);
      }
      case 'binary':
        return binaryClosure(node.op, node.left, node.right, go);
      case 'call':
        return callClosure(node.fn, node.args.map(go));
      case 'pick': {
        const args = node.args.map(go);
        const picks = node.picks.map(go);
        const mode = node.mode;
        const values = new Float64Array(args.length);
        // Scratch space is safe: a pick node never occurs inside its own arguments.
        return (c) => {
          for (let k = 0; k < args.length; k++) values[k] = args[k](c);
          return picks[extremumIndex(mode, values)](c);
        };
      }
    }
  };

  const body = go(root);
  if (![...uses.values()].some((n) => n > 1)) return body;
  return (c) => {
    evaluation++;
    return body(c);
  };
}

/** How many parents each node of a tree with shared subtrees has (a DAG walk, each node once). */
function countUses(root: Node): Map<Node, number> {
  const uses = new Map<Node, number>([[root, 1]]);
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const children =
      node.kind === 'neg'
        ? [node.arg]
        : node.kind === 'binary'
          ? [node.left, node.right]
          : node.kind === 'call'
            ? node.args
            : node.kind === 'pick'
              ? [...node.args, ...node.picks]
              : [];
    for (const child of children) {
      const seen = uses.get(child);
      uses.set(child, (seen ?? 0) + 1);
      if (seen === undefined) stack.push(child);
    }
  }
  return uses;
}

function binaryClosure<C>(
  op: '+' | '-' | '*' | '/' | '^',
  left: Node,
  right: Node,
  go: (n: Node) => Compiled<C>,
): Compiled<C> {
  if (right.kind === 'num') {
    const a = go(left);
    const k = right.value;
    switch (op) {
      case '+':
        return (c) => a(c) + k;
      case '-':
        return (c) => a(c) - k;
      case '*':
        return (c) => a(c) * k;
      case '/':
        return (c) => a(c) / k;
      case '^':
        if (k === 2) {
          return (c) => {
            const u = a(c);
            return u * u;
          };
        }
        return (c) => Math.pow(a(c), k);
    }
  }
  if (left.kind === 'num') {
    const k = left.value;
    const b = go(right);
    switch (op) {
      case '+':
        return (c) => k + b(c);
      case '-':
        return (c) => k - b(c);
      case '*':
        return (c) => k * b(c);
      case '/':
        return (c) => k / b(c);
      case '^':
        return (c) => power(k, b(c));
    }
  }
  const a = go(left);
  const b = go(right);
  switch (op) {
    case '+':
      return (c) => a(c) + b(c);
    case '-':
      return (c) => a(c) - b(c);
    case '*':
      return (c) => a(c) * b(c);
    case '/':
      return (c) => a(c) / b(c);
    case '^':
      return (c) => power(a(c), b(c));
  }
}

function callClosure<C>(fn: string, args: readonly Compiled<C>[]): Compiled<C> {
  const a = args[0];
  switch (fn) {
    case 'sin':
      return (c) => Math.sin(a(c));
    case 'cos':
      return (c) => Math.cos(a(c));
    case 'tan':
      return (c) => Math.tan(a(c));
    case 'exp':
      return (c) => Math.exp(a(c));
    case 'log':
      return (c) => Math.log(a(c));
    case 'sqrt':
      return (c) => Math.sqrt(a(c));
    case 'abs':
      return (c) => Math.abs(a(c));
    case 'tanh':
      return (c) => Math.tanh(a(c));
    case 'sinh':
      return (c) => Math.sinh(a(c));
    case 'cosh':
      return (c) => Math.cosh(a(c));
    case 'atan':
      return (c) => Math.atan(a(c));
    case 'sign':
      return (c) => sign(a(c));
    case 'min':
    case 'max': {
      const isMax = fn === 'max';
      if (args.length === 2) {
        const b = args[1];
        return isMax ? (c) => Math.max(a(c), b(c)) : (c) => Math.min(a(c), b(c));
      }
      return (c) => {
        let r = a(c);
        for (let k = 1; k < args.length; k++)
          r = isMax ? Math.max(r, args[k](c)) : Math.min(r, args[k](c));
        return r;
      };
    }
  }
  throw new Error(`compile: no implementation for function '${fn}'`);
}
