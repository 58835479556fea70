import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { parseObjective } from './objective';

/** [source, x, y, expected f(x, y), expected LaTeX] */
const GRAMMAR: readonly [string, number, number, number, string][] = [
  ['x', 2, 3, 2, 'x'],
  ['42', 0, 0, 42, '42'],
  ['.5', 0, 0, 0.5, '0.5'],
  ['1e-3', 0, 0, 0.001, '0.001'],
  ['2.5E2', 0, 0, 250, '250'],
  ['1e-7 x', 2, 0, 2e-7, '10^{-7} x'],
  ['pi', 0, 0, Math.PI, '\\pi'],
  ['π x', 2, 0, 2 * Math.PI, '\\pi x'],
  ['e', 0, 0, Math.E, 'e'],
  ['e^x', 1, 0, Math.E, 'e^{x}'],
  ['x + y', 2, 3, 5, 'x + y'],
  ['x - y - 1', 2, 3, -2, 'x - y - 1'],
  ['x - (y - 1)', 2, 3, 0, 'x - \\left(y - 1\\right)'],
  ['x * y', 2, 3, 6, 'x y'],
  ['x * 2', 2, 3, 4, 'x \\cdot 2'],
  ['x / y', 3, 2, 1.5, '\\frac{x}{y}'],
  ['x / y / 2', 3, 2, 0.75, '\\frac{\\frac{x}{y}}{2}'],
  ['x^2', 3, 0, 9, 'x^{2}'],
  ['2^3^2', 0, 0, 512, '2^{3^{2}}'],
  ['(2^3)^2', 0, 0, 64, '\\left(2^{3}\\right)^{2}'],
  ['-x^2', 3, 0, -9, '-x^{2}'],
  ['(-x)^2', 3, 0, 9, '\\left(-x\\right)^{2}'],
  ['2^-1', 0, 0, 0.5, '2^{-1}'],
  ['-2^2', 0, 0, -4, '-2^{2}'],
  ['--x', 3, 0, 3, '-\\left(-x\\right)'],
  ['+x', 3, 0, 3, 'x'],
  ['x + -y', 1, 2, -1, 'x + \\left(-y\\right)'],
  ['1 + 2 * 3', 0, 0, 7, '1 + 2 \\cdot 3'],
  ['(1 + 2) * 3', 0, 0, 9, '\\left(1 + 2\\right) \\cdot 3'],
  ['2 * 3^2', 0, 0, 18, '2 \\cdot 3^{2}'],
  ['(x^2 + 10 y^2)/2', 1, 1, 5.5, '\\frac{x^{2} + 10 y^{2}}{2}'],
  ['sin(x)', 1, 0, Math.sin(1), '\\sin\\left(x\\right)'],
  ['cos(x)', 1, 0, Math.cos(1), '\\cos\\left(x\\right)'],
  ['tan(x)', 1, 0, Math.tan(1), '\\tan\\left(x\\right)'],
  ['exp(x)', 1, 0, Math.E, '\\exp\\left(x\\right)'],
  ['log(x)', 2, 0, Math.log(2), '\\ln\\left(x\\right)'],
  ['ln(x)', 2, 0, Math.log(2), '\\ln\\left(x\\right)'],
  ['sqrt(x)', 4, 0, 2, '\\sqrt{x}'],
  ['abs(x)', -4, 0, 4, '\\left|x\\right|'],
  ['tanh(x)', 1, 0, Math.tanh(1), '\\tanh\\left(x\\right)'],
  ['sinh(x)', 1, 0, Math.sinh(1), '\\sinh\\left(x\\right)'],
  ['cosh(x)', 1, 0, Math.cosh(1), '\\cosh\\left(x\\right)'],
  ['atan(x)', 1, 0, Math.PI / 4, '\\arctan\\left(x\\right)'],
  ['arctan(x)', 1, 0, Math.PI / 4, '\\arctan\\left(x\\right)'],
  ['sign(x)', -3, 0, -1, '\\operatorname{sign}\\left(x\\right)'],
  ['min(x, y)', 1, 2, 1, '\\min\\left(x, y\\right)'],
  ['max(x, y, 3)', 1, 2, 3, '\\max\\left(x, y, 3\\right)'],
  ['sin(x)^2 + cos(x)^2', 0.7, 0, 1, '\\sin\\left(x\\right)^{2} + \\cos\\left(x\\right)^{2}'],
  ['x^y', 2, 3, 8, 'x^{y}'],
  ['x² + y³', 2, 2, 12, 'x^{2} + y^{3}'],
  ['x**2', 3, 0, 9, 'x^{2}'],
  ['x × y', 2, 3, 6, 'x y'],
  ['x · y', 2, 3, 6, 'x y'],
  ['x − y', 2, 3, -1, 'x - y'],
  ['x ÷ y', 3, 2, 1.5, '\\frac{x}{y}'],
  ['\n x^2 \n', 3, 0, 9, 'x^{2}'],
  [
    '(1 - x)^2 + 100 (y - x^2)^2',
    1,
    1,
    0,
    '\\left(1 - x\\right)^{2} + 100 \\left(y - x^{2}\\right)^{2}',
  ],
];

/** Implicit multiplication: [source, equivalent explicit source]. */
const IMPLICIT: readonly [string, string][] = [
  ['2x', '2*x'],
  ['3(x+y)', '3*(x+y)'],
  ['x y', 'x*y'],
  ['2 sin(x)', '2*sin(x)'],
  ['(x+1)(y-1)', '(x+1)*(y-1)'],
  ['2x^2', '2*(x^2)'],
  ['-2x', '-(2*x)'],
  ['2 pi x', '2*pi*x'],
  ['2e', '2*e'],
  ['x(y + 1)', 'x*(y+1)'],
  ['x^2 y', '(x^2)*y'],
  ['2 x y^2', '2*x*(y^2)'],
  ['sin(x) cos(y)', 'sin(x)*cos(y)'],
  ['10y^2', '10*(y^2)'],
];

describe('parseObjective', () => {
  it.each(GRAMMAR)(
    'parseObjective(%j) evaluates at (%d, %d) to %d and typesets as %s',
    (source, x, y, value, tex) => {
      const r = parseObjective(source);
      if (!r.ok) throw new Error(r.error.message);
      expectClose(r.objective.f([x, y]), value, 1e-12, source);
      expect(r.tex).toBe(tex);
      expect(r.objective.tex).toBe(tex);
    },
  );

  it.each(IMPLICIT)('parseObjective(%j) multiplies like %j', (implicit, explicit) => {
    const a = parseObjective(implicit);
    const b = parseObjective(explicit);
    if (!a.ok || !b.ok) throw new Error('both must parse');
    expect(a.objective.id).toBe(b.objective.id);
    for (const p of [
      [0.3, -1.7],
      [2, 5],
      [-1.1, 0.4],
    ])
      expect(a.objective.f(p)).toBe(b.objective.f(p));
  });

  it.each([
    ['max of one argument', 'max(x)', /^max takes 2 to 100 arguments .*, not 1\.$/],
    [
      'max of 160 arguments',
      `max(${Array(160).fill('x').join(', ')})`,
      /^max takes 2 to 100 arguments .*, not 160\.$/,
    ],
    ['sin of two arguments', 'sin(x, y)', /^sin takes exactly 1 argument .*, not 2\.$/],
  ])('parseObjective states the arguments a function takes: %s', (_what, source, message) => {
    const r = parseObjective(source);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });

  it('parseObjective reads 1e-3 as a number and 2e-x as 2e minus x', () => {
    const a = parseObjective('2e-x');
    if (!a.ok) throw new Error(a.error.message);
    expectClose(a.objective.f([1, 0]), 2 * Math.E - 1);
    const b = parseObjective('2e-3x');
    if (!b.ok) throw new Error(b.error.message);
    expectClose(b.objective.f([1, 0]), 0.002);
  });

  it('parseObjective gives powers precedence over signs and products, right to left', () => {
    const cases: [string, number][] = [
      ['-3^2', -9],
      ['2*3^2', 18],
      ['2^3^2', 512],
      ['2^-2^2', 2 ** -4],
      ['8/2/2', 2],
      ['8-2-2', 4],
      ['2+3*4^2/8', 8],
    ];
    for (const [s, v] of cases) {
      const r = parseObjective(s);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.objective.f([0, 0]), s).toBe(v);
    }
  });

  it('parseObjective names the objective custom: plus its canonical form', () => {
    const r = parseObjective('  (x^2 + 10y^2) / 2 ');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.objective.id).toBe('custom:(x^2+10*y^2)/2');
    expect(r.objective.dim).toBe(2);
    expect(r.objective.view).toEqual({ x: [-3, 3], y: [-3, 3] });
    expect(r.objective.label).toBe('f(x, y) = (x^2 + 10y^2) / 2');
  });

  it('parseObjective gives f, fArray, grad and gradInto the same arithmetic', () => {
    const r = parseObjective('(x^2 + 10 y^2)/2 + sin(x) + x y');
    if (!r.ok) throw new Error(r.error.message);
    const o = r.objective;
    const out = new Float64Array(2);
    const xs = [-1, 0.5, 2];
    const ys = [-2, 0.25];
    for (let j = 0; j < ys.length; j++) {
      for (let i = 0; i < xs.length; i++) {
        const w = [xs[i], ys[j]];
        expect(o.fArray(Float64Array.from(w))).toBe(o.f(w));
        o.gradInto(w, out);
        expect(Array.from(out)).toEqual(o.grad(w));
      }
    }
  });

  it('parseObjective returns non-finite values outside the domain instead of throwing', () => {
    const cases: [string, number[], (v: number) => boolean][] = [
      ['log(x)', [-1, 0], Number.isNaN],
      ['1/x', [0, 0], (v) => v === Infinity],
      ['exp(x)', [1000, 0], (v) => v === Infinity],
      ['sqrt(x)', [-4, 0], Number.isNaN],
      ['9^9^9^9', [0, 0], (v) => v === Infinity],
      ['x^1e308', [2, 0], (v) => v === Infinity],
    ];
    for (const [s, w, test] of cases) {
      const r = parseObjective(s);
      if (!r.ok) throw new Error(r.error.message);
      expect(test(r.objective.f(w)), s).toBe(true);
      expect(() => r.objective.grad(w)).not.toThrow();
    }
  });

  it('parseObjective keeps a folded constant equal to the value computed at run time', () => {
    const r = parseObjective('x + 0.1*3 + sin(2)^2');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.objective.f([0, 0])).toBe(0.1 * 3 + Math.sin(2) * Math.sin(2));
  });
});
