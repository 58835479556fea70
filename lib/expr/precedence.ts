import type { Node } from './ast';

/**
 * Binding strength of a node when printed: 1 sums, 2 products and signs, 3 powers,
 * 4 atoms (numbers, names, calls). A child printed inside a weaker-binding parent needs no
 * parentheses. Shared by the LaTeX and the plain-text printers.
 */
export function level(node: Node): number {
  switch (node.kind) {
    case 'num':
    case 'var':
    case 'call':
    case 'pick':
      return 4;
    case 'neg':
      return 2;
    case 'binary':
      return node.op === '+' || node.op === '-' ? 1 : node.op === '^' ? 3 : 2;
  }
}
