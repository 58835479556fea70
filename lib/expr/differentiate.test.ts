import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { parseObjective, type FormulaObjective } from './objective';

function objectiveOf(source: string): FormulaObjective {
  const r = parseObjective(source);
  if (!r.ok) throw new Error(`${source}: ${r.error.message}`);
  return r.objective;
}

/** ∂f/∂wᵢ by central differences with one Richardson step: error O(h⁴). */
function numericPartial(
  f: (w: number[]) => number,
  w: readonly number[],
  i: number,
  h = 1e-3,
): number {
  const central = (step: number): number => {
    const plus = [...w];
    const minus = [...w];
    plus[i] += step;
    minus[i] -= step;
    return (f(plus) - f(minus)) / (2 * step);
  };
  return (4 * central(h / 2) - central(h)) / 3;
}

/**
 * Smooth formulas in x and y, defined and differentiable everywhere: denominators are kept
 * away from 0, logarithms and square roots get positive arguments, variable exponents get a
 * positive base. Implicit products appear too.
 */
const smoothFormula: fc.Arbitrary<string> = fc.letrec<{ expr: string; leaf: string; node: string }>(
  (tie) => ({
    expr: fc.oneof({ maxDepth: 4, depthIdentifier: 'smooth' }, tie('leaf'), tie('node')),
    leaf: fc.oneof(
      fc.constant('x'),
      fc.constant('y'),
      fc.integer({ min: 1, max: 12 }).map((n) => String(n / 4)),
      fc.constant('pi'),
    ),
    node: fc.oneof(
      { depthIdentifier: 'smooth' },
      fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(${a}) + (${b})`),
      fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(${a}) - (${b})`),
      fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(${a})*(${b})`),
      fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(${a}) (${b})`),
      fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(${a})/(1 + (${b})^2)`),
      fc.tuple(tie('expr'), fc.integer({ min: 2, max: 4 })).map(([a, n]) => `(${a})^${n}`),
      fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(2 + sin(${a}))^(cos(${b}))`),
      fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `2^(sin(${a}) ${b === 'x' ? 'y' : 'x'})`),
      tie('expr').map((a) => `-(${a})`),
      tie('expr').map((a) => `sin(${a})`),
      tie('expr').map((a) => `cos(${a})`),
      tie('expr').map((a) => `tanh(${a})`),
      tie('expr').map((a) => `atan(${a})`),
      tie('expr').map((a) => `exp(sin(${a}))`),
      tie('expr').map((a) => `sqrt(1 + (${a})^2)`),
      tie('expr').map((a) => `log(2 + cos(${a}))`),
      tie('expr').map((a) => `sinh(tanh(${a}))`),
      tie('expr').map((a) => `cosh(atan(${a}))`),
      tie('expr').map((a) => `tan(atan(${a})/2)`),
      tie('expr').map((a) => `3(${a})`),
    ),
  }),
).expr;

const coordinate = fc.double({ min: -2, max: 2, noNaN: true });

const objective = objectiveOf;

describe('differentiate', () => {
  it('the gradient of a smooth formula matches central differences to 1e-6 relative', () => {
    fc.assert(
      fc.property(smoothFormula, coordinate, coordinate, (source, x, y) => {
        const r = parseObjective(source);
        fc.pre(r.ok);
        if (!r.ok) return;
        const o = r.objective;
        const w = [x, y];
        const g = o.grad(w);
        for (let i = 0; i < 2; i++) {
          const numeric = numericPartial(o.f, w, i);
          const scale = Math.max(1, Math.abs(numeric), Math.abs(o.f(w)));
          if (!(Math.abs(g[i] - numeric) <= 1e-6 * scale)) {
            throw new Error(`${source} at (${x}, ${y}): ∂${i} = ${g[i]}, numeric ${numeric}`);
          }
        }
      }),
      { numRuns: 400, seed: 20240517 },
    );
  });

  it('the gradient of a table of formulas equals the hand-derived one', () => {
    const table: [string, number[], number[]][] = [
      ['(x^2 + 10 y^2)/2', [1, 2], [1, 20]],
      ['x y', [3, 5], [5, 3]],
      ['x^3', [2, 0], [12, 0]],
      ['x^y', [2, 3], [12, 8 * Math.log(2)]],
      ['e^x', [1, 0], [Math.E, 0]],
      ['2^x', [3, 0], [8 * Math.log(2), 0]],
      ['x^0.5', [4, 0], [0.25, 0]],
      ['1/x', [2, 0], [-0.25, 0]],
      ['x/y', [3, 2], [0.5, -0.75]],
      ['log(x) + sqrt(y)', [2, 4], [0.5, 0.25]],
      ['sin(x y)', [1, 2], [2 * Math.cos(2), Math.cos(2)]],
      ['(1 - x)^2 + 100 (y - x^2)^2', [1, 1], [0, 0]],
      ['(1 - x)^2 + 100 (y - x^2)^2', [-1.2, 1], [-215.6, -88]],
      ['3', [1, 1], [0, 0]],
      // f is NaN at y = -1, but ∂f/∂x is still 1 and ∂f/∂y is the formula 1/y.
      ['x + log(y)', [1, -1], [1, -1]],
      ['x + log(y)', [1, 0], [1, Infinity]],
    ];
    for (const [source, w, expected] of table) {
      const g = objective(source).grad(w);
      for (let i = 0; i < 2; i++) {
        if (!Number.isFinite(expected[i])) expect(g[i], source).toBe(expected[i]);
        else expectClose(g[i], expected[i], 1e-12, `${source} ∂${i}`);
      }
    }
  });

  it('a constant integer exponent is differentiated without a logarithm, so negative bases work', () => {
    expect(objective('x^2').grad([-2, 0])).toEqual([-4, 0]);
    expect(objective('x^3 + y^2').grad([-2, -3])).toEqual([12, -6]);
    expect(objective('(x - 3)^2').grad([0, 0])).toEqual([-6, 0]);
    expect(objective('x^y').grad([-2, 2])[0]).toBe(-4);
    expect(objective('x^(1+1)').grad([-2, 0])).toEqual([-4, 0]);
    expect(objective('x^-1').grad([-2, 0])).toEqual([-0.25, 0]);
    expect(objective('x^0').grad([-2, 0])).toEqual([0, 0]);
  });

  it('abs, min and max have a subgradient: sign(0) = 0 and ties go to the first argument', () => {
    // −0 and 0 are the same subgradient; compare them as equal.
    const objective = (s: string) => {
      const o = objectiveOf(s);
      return { grad: (w: number[]) => o.grad(w).map((v) => v + 0) };
    };
    expect(objective('abs(x)').grad([0, 0])).toEqual([0, 0]);
    expect(objective('abs(x)').grad([-3, 0])).toEqual([-1, 0]);
    expect(objective('abs(x - y)').grad([1, 1])).toEqual([0, 0]);
    expect(objective('max(x, y)').grad([1, 1])).toEqual([1, 0]);
    expect(objective('max(y, x)').grad([1, 1])).toEqual([0, 1]);
    expect(objective('min(x, y)').grad([2, 1])).toEqual([0, 1]);
    expect(objective('min(x, y)').grad([1, 1])).toEqual([1, 0]);
    expect(objective('max(x, y, 2)').grad([0, 0])).toEqual([0, 0]);
    expect(objective('max(x^2, 1)').grad([3, 0])).toEqual([6, 0]);
    expect(objective('max(0, x)').grad([0, 0])).toEqual([0, 0]);
  });

  it('abs, min and max never give a NaN gradient at a finite point, ties included', () => {
    const kinked = fc.oneof(
      fc.constant('abs(x) + abs(y)'),
      fc.constant('abs(x - y)'),
      fc.constant('max(x, y)'),
      fc.constant('min(x, y, x + y)'),
      fc.constant('max(abs(x), abs(y))'),
      fc.constant('abs(max(x, 0) - min(y, 0))'),
      fc.constant('max(x^2, y^2) + abs(x y)'),
      fc.constant('min(abs(x - 1), abs(y + 1))'),
      fc.constant('abs(abs(x) - abs(y))'),
    );
    // Small integers hit the kinks and ties exactly.
    const point = fc.oneof(fc.integer({ min: -2, max: 2 }), coordinate);
    fc.assert(
      fc.property(kinked, point, point, (source, x, y) => {
        const g = objective(source).grad([x, y]);
        return g.every(Number.isFinite);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('gradInto writes the same numbers as grad', () => {
    fc.assert(
      fc.property(smoothFormula, coordinate, coordinate, (source, x, y) => {
        const r = parseObjective(source);
        fc.pre(r.ok);
        if (!r.ok) return;
        const out = new Float64Array(2);
        r.objective.gradInto([x, y], out);
        expect(Array.from(out)).toEqual(r.objective.grad([x, y]));
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});
