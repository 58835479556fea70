import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Node } from './ast';
import { OBJECTIVE_DIALECT } from './dialect';
import { parseExpression } from './parser';
import { print } from './print';

/** The tree without source positions and the implicit-product flag. */
function shape(node: Node): unknown {
  switch (node.kind) {
    case 'num':
      return ['num', node.value, node.name];
    case 'var':
      return ['var', node.name];
    case 'neg':
      return ['neg', shape(node.arg)];
    case 'binary':
      return [node.op, shape(node.left), shape(node.right)];
    case 'call':
      return [node.fn, ...node.args.map(shape)];
    case 'pick':
      return ['pick'];
  }
}

const anyFormula: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'any' },
    fc.constantFrom('x', 'y', 'pi', 'e', '0.5', '3', '1e-7'),
    fc
      .tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '^'), tie('expr'))
      .map(([a, op, b]) => `(${a})${op}(${b})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `${a} - ${b}`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `${a} ^ ${b}`),
    tie('expr').map((a) => `-${a}`),
    tie('expr').map((a) => `sin(${a})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `max(${a}, ${b})`),
  ),
})).expr;

describe('print', () => {
  it('print(tree) parses back to the same tree', () => {
    fc.assert(
      fc.property(anyFormula, (source) => {
        let tree: Node;
        try {
          tree = parseExpression(source, OBJECTIVE_DIALECT);
        } catch {
          return; // beyond the limits
        }
        const again = parseExpression(print(tree), OBJECTIVE_DIALECT);
        expect(shape(again)).toEqual(shape(tree));
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('print writes explicit products and only the parentheses the structure needs', () => {
    const p = (s: string): string => print(parseExpression(s, OBJECTIVE_DIALECT));
    expect(p('2x + 3 (y - 1)')).toBe('2*x+3*(y-1)');
    expect(p('x - (y - 1)')).toBe('x-(y-1)');
    expect(p('x - y - 1')).toBe('x-y-1');
    expect(p('(x y)')).toBe('x*y');
    expect(p('x (2y)')).toBe('x*(2*y)');
    expect(p('x / (y * 2)')).toBe('x/(y*2)');
    expect(p('(x^2)^3')).toBe('(x^2)^3');
    expect(p('x^2^3')).toBe('x^2^3');
    expect(p('2^-x')).toBe('2^(-x)');
    expect(p('-(x + y)')).toBe('-(x+y)');
    expect(p('π')).toBe('pi');
  });
});
