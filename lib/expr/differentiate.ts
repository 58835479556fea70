import { dependsOn, num, type Node } from './ast';
import { print } from './print';
import { add, apply, div, isZero, mul, negate, pow, sub } from './simplify';

/**
 * The symbolic partial derivative ∂node/∂variable, simplified as it is built. Expects a
 * folded tree (see fold) so that constant exponents are plain numbers.
 *
 * Non-smooth functions get a subgradient that is never NaN where their argument is finite:
 * d|u| = sign(u)·u′ with sign(0) = 0; d max(u₁, …) = u′ₖ for the first k with the largest uₖ
 * (likewise min). Powers:
 * - d(u^c) = c·u^(c−1)·u′ when the exponent does not depend on the variable (no logarithm, so
 *   (−2)^2 has a gradient);
 * - d(c^v) = c^v·ln c·v′ when the base does not;
 * - d(u^v) = u^v·(v′·ln u + v·u′/u) otherwise.
 */
export function differentiate(node: Node, variable: string): Node {
  const names = new Set([variable]);
  const memo = new Map<Node, Node>();
  const d = (n: Node): Node => {
    let r = memo.get(n);
    if (r === undefined) {
      r = dependsOn(n, names) ? rule(n) : num(0);
      memo.set(n, r);
    }
    return r;
  };

  const rule = (n: Node): Node => {
    switch (n.kind) {
      case 'num':
        return num(0);
      case 'var':
        return num(n.name === variable ? 1 : 0);
      case 'neg':
        return negate(d(n.arg));
      case 'pick':
        // Never produced before differentiation; treated as piecewise (its picks are constant).
        return { ...n, picks: n.picks.map(d) };
      case 'binary': {
        const { left: u, right: v } = n;
        const du = d(u);
        const dv = d(v);
        switch (n.op) {
          case '+':
            return add(du, dv);
          case '-':
            return sub(du, dv);
          case '*':
            return add(mul(du, v), mul(u, dv));
          case '/':
            if (isZero(dv)) return div(du, v);
            if (isZero(du)) return negate(div(mul(u, dv), pow(v, num(2))));
            return div(sub(mul(du, v), mul(u, dv)), pow(v, num(2)));
          case '^':
            if (!dependsOn(v, names)) {
              const lower = v.kind === 'num' ? num(v.value - 1) : sub(v, num(1));
              return mul(mul(v, pow(u, lower)), du);
            }
            if (!dependsOn(u, names)) return mul(mul(n, apply('log', u)), dv);
            return mul(n, add(mul(dv, apply('log', u)), div(mul(v, du), u)));
        }
        break;
      }
      case 'call': {
        if (n.fn === 'min' || n.fn === 'max') {
          const picks = n.args.map(d);
          if (picks.every((p) => isZero(p))) return num(0);
          return { kind: 'pick', mode: n.fn, args: n.args, picks, index: n.index };
        }
        const u = n.args[0];
        const du = d(u);
        switch (n.fn) {
          case 'sin':
            return mul(apply('cos', u), du);
          case 'cos':
            return negate(mul(apply('sin', u), du));
          case 'tan':
            return div(du, pow(apply('cos', u), num(2)));
          case 'exp':
            return mul(n, du);
          case 'log':
            return div(du, u);
          case 'sqrt':
            return div(du, mul(num(2), n));
          case 'abs':
            return mul(apply('sign', u), du);
          case 'tanh':
            return mul(sub(num(1), pow(n, num(2))), du);
          case 'sinh':
            return mul(apply('cosh', u), du);
          case 'cosh':
            return mul(apply('sinh', u), du);
          case 'atan':
            return div(du, add(num(1), pow(u, num(2))));
          case 'sign':
            return num(0);
        }
        break;
      }
    }
    // Unreachable for trees built by the parser; a new function must add its rule above.
    throw new Error(`differentiate: no rule for '${print(n)}'`);
  };

  return d(node);
}

/** The gradient [∂/∂v₁, ∂/∂v₂, …] of `node` with respect to `variables`. */
export function gradient(node: Node, variables: readonly string[]): Node[] {
  return variables.map((v) => differentiate(node, v));
}
