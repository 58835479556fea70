import { describe, expect, it } from 'vitest';
import { formulasEquivalent, rulesEquivalent } from './equivalence';
import { RULE_PRESETS } from './update-rule';

const preset = (id: string): string => RULE_PRESETS.find((p) => p.id === id)?.source ?? '';

describe('formulasEquivalent', () => {
  it.each([
    ['(x + y)^2', 'x^2 + 2 x y + y^2'],
    ['(x^2 + 10 y^2)/2', '0.5 x² + 5y²'],
    ['log(x)', 'ln(x)'],
    ['sin(x)^2 + cos(x)^2', '1'],
    ['exp(x + y)', 'e^x e^y'],
    ['abs(x)', 'sqrt(x^2)'],
    ['max(x, y)', '(x + y + abs(x - y))/2'],
  ])('formulasEquivalent(%j, %j) is true', (a, b) => {
    expect(formulasEquivalent(a, b, { samples: 50, seed: 3 })).toEqual({ equivalent: true });
  });

  it.each([
    ['(x + y)^2', 'x^2 + y^2'],
    ['x/2y', 'x/(2y)'],
    ['x^2 + 10 y^2', 'x^2 + 10 y^2 + 1e-6'],
    ['sqrt(x)^2', 'x'],
  ])('formulasEquivalent(%j, %j) is false, with a counterexample or an error', (a, b) => {
    const r = formulasEquivalent(a, b, { samples: 50, seed: 3 });
    expect(r.equivalent).toBe(false);
    expect(r.counterexample ?? r.error).toBeDefined();
  });

  it('formulasEquivalent gives the counterexample point and both values', () => {
    const r = formulasEquivalent('x', 'y', { seed: 1 });
    expect(r.equivalent).toBe(false);
    const c = r.counterexample;
    if (!c) throw new Error('expected a counterexample');
    expect(c.a).toBe(c.point[0]);
    expect(c.b).toBe(c.point[1]);
  });

  it('formulasEquivalent says which formula does not parse', () => {
    expect(formulasEquivalent('x', 'x +').error?.which).toBe('b');
    expect(formulasEquivalent('z', 'x').error?.which).toBe('a');
  });

  it('formulasEquivalent with the same seed tries the same points', () => {
    const a = formulasEquivalent('x', 'x + 1e-3 y^3', { seed: 9, tol: 1e-12 });
    const b = formulasEquivalent('x', 'x + 1e-3 y^3', { seed: 9, tol: 1e-12 });
    expect(a).toEqual(b);
  });
});

describe('rulesEquivalent', () => {
  it.each([
    [preset('heavy-ball'), 'v = g + beta*v; w = w - v*lr'],
    [preset('heavy-ball'), 'v ← β v + g\nw ← w − α v'],
    [preset('gd'), 'w = w - lr*g'],
    [preset('gd'), 'v = lr*g; w = w - v'],
    [preset('nesterov'), 'v = beta*v + grad(w - beta*lr*v); w = w - lr*v'],
    [preset('ema-momentum'), 'm = beta*m + (1-beta)*g\nw = w - lr*m'],
  ])('rulesEquivalent(%j, %j) is true', (a, b) => {
    expect(rulesEquivalent(a, b)).toEqual({ equivalent: true });
  });

  it.each([
    [preset('heavy-ball'), preset('ema-momentum')],
    [preset('heavy-ball'), preset('nesterov')],
    [preset('heavy-ball'), 'v = 0.9*v + g; w = w - lr*v'],
    [preset('gd'), 'w = w + lr*g'],
    [
      preset('adam'),
      'm = beta*m + (1 - beta)*g\ns = beta2*s + (1 - beta2)*g^2\nw = w - lr*m/(sqrt(s) + eps)',
    ],
  ])('rulesEquivalent(%j, %j) is false, with the step where they part', (a, b) => {
    const r = rulesEquivalent(a, b);
    expect(r.equivalent).toBe(false);
    expect(r.counterexample?.step).toBeGreaterThan(0);
  });

  it('rulesEquivalent says which rule does not parse', () => {
    expect(rulesEquivalent('w = w - lr*g', 'w = ').error?.which).toBe('b');
  });
});
