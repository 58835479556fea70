import { binary, call, neg, num, type Node } from './ast';
import { applyBinary, extremum } from './arith';
import { UNARY_IMPL } from './functions';

/**
 * Constant folding: every subtree made only of numbers becomes one number, computed with the
 * same arithmetic as the compiled closures (arith.ts), so folding never changes a result. It
 * does not apply algebraic identities (0·u stays, because 0·∞ is NaN); those are for
 * derivatives only, see the smart constructors below.
 */
export function fold(node: Node): Node {
  switch (node.kind) {
    case 'num':
    case 'var':
      return node;
    case 'neg': {
      const arg = fold(node.arg);
      return arg.kind === 'num'
        ? num(-arg.value, node.index)
        : arg === node.arg
          ? node
          : neg(arg, node.index);
    }
    case 'binary': {
      const left = fold(node.left);
      const right = fold(node.right);
      if (left.kind === 'num' && right.kind === 'num')
        return num(applyBinary(node.op, left.value, right.value), node.index);
      return left === node.left && right === node.right ? node : { ...node, left, right };
    }
    case 'call': {
      const args = node.args.map(fold);
      if (args.every((a) => a.kind === 'num')) {
        const values = args.map((a) => (a as { value: number }).value);
        const f = UNARY_IMPL.get(node.fn);
        if (f) return num(f(values[0]), node.index);
        if (node.fn === 'min' || node.fn === 'max')
          return num(extremum(node.fn, values), node.index);
      }
      return { ...node, args };
    }
    case 'pick':
      return { ...node, args: node.args.map(fold), picks: node.picks.map(fold) };
  }
}

/** True for the number 0. */
export const isZero = (n: Node): boolean => n.kind === 'num' && n.value === 0;
/** True for the number 1. */
export const isOne = (n: Node): boolean => n.kind === 'num' && n.value === 1;

/*
 * Smart constructors used while differentiating: they fold numbers and drop 0 and 1 on the
 * fly, so the derivative of a term that does not involve the variable is exactly the number 0
 * and the chain rule does not pile up ·1 and +0 nodes. Dropping 0·u is what makes d/dx of
 * x + log(y) equal 1 even where log(y) is NaN.
 */

/** a + b, simplified. */
export function add(a: Node, b: Node): Node {
  if (isZero(a)) return b;
  if (isZero(b)) return a;
  if (a.kind === 'num' && b.kind === 'num') return num(a.value + b.value);
  if (b.kind === 'neg') return sub(a, b.arg);
  return binary('+', a, b);
}

/** a − b, simplified. */
export function sub(a: Node, b: Node): Node {
  if (isZero(b)) return a;
  if (isZero(a)) return negate(b);
  if (a.kind === 'num' && b.kind === 'num') return num(a.value - b.value);
  if (b.kind === 'neg') return add(a, b.arg);
  return binary('-', a, b);
}

/** a · b, simplified (0·u = 0: derivatives only). */
export function mul(a: Node, b: Node): Node {
  if (isZero(a) || isZero(b)) return num(0);
  if (isOne(a)) return b;
  if (isOne(b)) return a;
  if (a.kind === 'num' && b.kind === 'num') return num(a.value * b.value);
  if (a.kind === 'num' && a.value === -1) return negate(b);
  if (b.kind === 'num' && b.value === -1) return negate(a);
  if (a.kind === 'neg') return negate(mul(a.arg, b));
  if (b.kind === 'neg') return negate(mul(a, b.arg));
  // Numbers first, so 2·(3·u) can fold: b·k → k·b.
  if (b.kind === 'num') return mul(b, a);
  if (a.kind === 'num' && b.kind === 'binary' && b.op === '*' && b.left.kind === 'num') {
    return mul(num(a.value * b.left.value), b.right);
  }
  return binary('*', a, b);
}

/** a / b, simplified. */
export function div(a: Node, b: Node): Node {
  if (isZero(a)) return num(0);
  if (isOne(b)) return a;
  if (a.kind === 'num' && b.kind === 'num') return num(a.value / b.value);
  if (a.kind === 'neg') return negate(div(a.arg, b));
  return binary('/', a, b);
}

/** a ^ b, simplified. */
export function pow(a: Node, b: Node): Node {
  if (isZero(b)) return num(1);
  if (isOne(b)) return a;
  if (a.kind === 'num' && b.kind === 'num') return num(applyBinary('^', a.value, b.value));
  return binary('^', a, b);
}

/** −a, simplified. */
export function negate(a: Node): Node {
  if (a.kind === 'num') return num(-a.value);
  if (a.kind === 'neg') return a.arg;
  return neg(a);
}

/** A one-argument function applied to `a`, folded when `a` is a number. */
export function apply(fn: string, a: Node): Node {
  const f = UNARY_IMPL.get(fn);
  if (f && a.kind === 'num') return num(f(a.value));
  return call(fn, [a]);
}
