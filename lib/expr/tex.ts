import type { Node } from './ast';
import { FUNCTIONS } from './functions';
import { level } from './precedence';

/** How each canonical variable is typeset (the course writes α for lr and β for beta). */
const VARIABLE_TEX: ReadonlyMap<string, string> = new Map([
  ['lr', '\\alpha'],
  ['beta', '\\beta'],
  ['beta2', '\\beta_2'],
  ['eps', '\\varepsilon'],
]);

const paren = (s: string): string => `\\left(${s}\\right)`;

/** A number as LaTeX: 0.001 stays, 1e-7 becomes 1 \cdot 10^{-7}. */
export function numberTex(value: number): string {
  const text = String(value);
  const m = /^([0-9.]+)e([+-])([0-9]+)$/.exec(text);
  if (!m) return text;
  const exponent = `${m[2] === '-' ? '-' : ''}${m[3]}`;
  return m[1] === '1' ? `10^{${exponent}}` : `${m[1]} \\cdot 10^{${exponent}}`;
}

/**
 * The syntax tree as LaTeX for KaTeX, with only the parentheses the structure needs:
 * `(x^2 + 10 y^2)/2 + sin(x)` → `\frac{x^{2} + 10 y^{2}}{2} + \sin\left(x\right)`.
 * Division is a fraction; products are juxtaposed, with \cdot before a number.
 */
export function toTex(node: Node): string {
  switch (node.kind) {
    case 'num':
      return node.name === 'pi' ? '\\pi' : node.name === 'e' ? 'e' : numberTex(node.value);
    case 'var':
      return VARIABLE_TEX.get(node.name) ?? node.name;
    case 'neg': {
      const inner = toTex(node.arg);
      return `-${level(node.arg) <= 1 || node.arg.kind === 'neg' ? paren(inner) : inner}`;
    }
    case 'binary': {
      const { op, left, right } = node;
      const l = toTex(left);
      const r = toTex(right);
      switch (op) {
        case '+':
          return `${l} + ${right.kind === 'neg' ? paren(r) : r}`;
        case '-':
          return `${l} - ${level(right) <= 1 || right.kind === 'neg' ? paren(r) : r}`;
        case '*': {
          const lt = level(left) < 2 ? paren(l) : l;
          const rt = level(right) < 2 || right.kind === 'neg' ? paren(r) : r;
          // Juxtaposition reads as a product unless the right factor starts with a digit.
          return /^[0-9.]/.test(rt) ? `${lt} \\cdot ${rt}` : `${lt} ${rt}`;
        }
        case '/':
          return `\\frac{${l}}{${r}}`;
        case '^':
          return `${level(left) < 4 ? paren(l) : l}^{${r}}`;
      }
      break;
    }
    case 'call': {
      const args = node.args.map(toTex);
      if (node.fn === 'sqrt') return `\\sqrt{${args[0]}}`;
      if (node.fn === 'abs') return `\\left|${args[0]}\\right|`;
      if (node.fn === 'grad') return `\\nabla f${paren(args[0])}`;
      const name = FUNCTIONS.get(node.fn)?.tex ?? `\\operatorname{${node.fn}}`;
      return `${name}${paren(args.join(', '))}`;
    }
    case 'pick':
      return `\\operatorname{pick}_{\\${node.mode}}${paren(node.picks.map(toTex).join(', '))}`;
  }
}
