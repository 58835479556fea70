import type { Program } from 'estree';
import { describe, expect, it } from 'vitest';
import { evaluateLiteral } from './literal';
import { parseMdx } from './mdx-tree';

/** The estree MDX attaches to `<X a={source} />`. */
function estreeOf(source: string): Program {
  const parsed = parseMdx(`<X a={${source}} />`);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const element = parsed.tree.children[0] as unknown as {
    attributes: { value: { data: { estree: Program } } }[];
  };
  return element.attributes[0].value.data.estree;
}

const evaluate = (source: string) => evaluateLiteral(estreeOf(source));

describe('evaluateLiteral', () => {
  it.each([
    ['0.8', 0.8],
    ['1e-6', 1e-6],
    ['-2.5', -2.5],
    ['+3', 3],
    ['"text"', 'text'],
    ['`plain`', 'plain'],
    ['true', true],
    ['null', null],
    ['[9.5, 10.5]', [9.5, 10.5]],
    ['["steep"]', ['steep']],
    ['{"lr": 0.005, beta: 0}', { lr: 0.005, beta: 0 }],
    ['{"lr": [0.0005, 0.03], "beta": [0, 0.99]}', { lr: [0.0005, 0.03], beta: [0, 0.99] }],
    ['{ 1: "one" }', { 1: 'one' }],
  ])('evaluateLiteral(%s) returns the literal value', (source, value) => {
    expect(evaluate(source)).toEqual({ ok: true, value });
  });

  it.each([
    ['lr', 'the name "lr"'],
    ['1 + 2', 'BinaryExpression'],
    ['Math.PI', 'MemberExpression'],
    ['f()', 'CallExpression'],
    ['[...xs]', 'spreads'],
    ['{lr}', 'not a bare name'],
    ['{[k]: 1}', 'plain `key: value`'],
    ['{ f() { return 1 } }', 'plain `key: value`'],
    ['`${x}`', 'TemplateLiteral'],
    ['-"a"', 'UnaryExpression'],
    ['/re/', 'Literal'],
    ['{"__proto__": {}}', '__proto__'],
  ])('evaluateLiteral(%s) refuses code with a message', (source, fragment) => {
    const result = evaluate(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(fragment);
  });

  it('evaluateLiteral(undefined) refuses a missing expression', () => {
    expect(evaluateLiteral(undefined).ok).toBe(false);
  });
});
