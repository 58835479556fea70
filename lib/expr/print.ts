import type { Node } from './ast';
import { level } from './precedence';

/**
 * The syntax tree as canonical plain text: explicit `*`, no spaces, only the parentheses the
 * structure needs. Two spellings of the same tree print alike (`2x`, `2 * x` → `2*x`), which
 * makes it a good id: parseObjective names a formula 'custom:' + print(tree).
 */
export function print(node: Node): string {
  switch (node.kind) {
    case 'num':
      return node.name ?? String(node.value);
    case 'var':
      return node.name;
    case 'neg': {
      const inner = print(node.arg);
      return `-${level(node.arg) <= 1 || node.arg.kind === 'neg' ? `(${inner})` : inner}`;
    }
    case 'binary': {
      const { op, left, right } = node;
      const wrap = (n: Node, min: number): string => {
        const s = print(n);
        return level(n) < min || n.kind === 'neg' ? `(${s})` : s;
      };
      switch (op) {
        case '+':
          return `${print(left)}+${wrap(right, 2)}`;
        case '-':
          return `${print(left)}-${wrap(right, 2)}`;
        case '*':
          return `${level(left) < 2 ? `(${print(left)})` : print(left)}*${wrap(right, 3)}`;
        case '/':
          return `${level(left) < 2 ? `(${print(left)})` : print(left)}/${wrap(right, 3)}`;
        case '^':
          return `${level(left) < 4 || left.kind === 'neg' ? `(${print(left)})` : print(left)}^${wrap(right, 3)}`;
      }
      break;
    }
    case 'call':
      return `${node.fn}(${node.args.map(print).join(',')})`;
    case 'pick':
      return `pick_${node.mode}(${node.args.map(print).join(',')};${node.picks.map(print).join(',')})`;
  }
}
