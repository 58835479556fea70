import { describe, expect, it } from 'vitest';
import { OBJECTIVE_DIALECT } from './dialect';
import { LIMITS } from './limits';
import { parseObjective } from './objective';
import { parseExpression } from './parser';
import { parseUpdateRule } from './update-rule';
import { REFUSED_INPUTS as REFUSED, nested } from './fixtures/hostile-corpus';

describe('hostile input', () => {
  it('the corpus has at least 60 inputs', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(60);
  });

  it.each(
    REFUSED.map(
      ([s, i]) =>
        [
          s.length > 40
            ? `${JSON.stringify(s.slice(0, 30))}… (${s.length} chars)`
            : JSON.stringify(s),
          s,
          i,
        ] as const,
    ),
  )('parseObjective(%s) is refused with a position', (_label, source, index) => {
    const r = parseObjective(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.length).toBeGreaterThan(10);
    expect(Number.isInteger(r.error.index)).toBe(true);
    expect(r.error.index).toBeGreaterThanOrEqual(0);
    expect(r.error.index).toBeLessThanOrEqual(source.length);
    if (index !== undefined) expect(r.error.index).toBe(index);
  });

  it('parseUpdateRule refuses the same corpus (as right-hand sides)', () => {
    for (const [source] of REFUSED) {
      const r = parseUpdateRule(`w = ${source}`);
      // 'w = x=1' and friends are errors too; a few corpus entries happen to be valid rule text.
      if (['e', 's', 't'].includes(source)) continue;
      expect(r.ok, source.slice(0, 40)).toBe(false);
    }
  });

  it('parseObjective explains an unknown name with the names it understands', () => {
    const r = parseObjective('x+z');
    expect(r).toEqual({
      ok: false,
      error: { message: "Unknown name 'z' at position 3: use x and y.", index: 2 },
    });
  });

  it('parseObjective suggests a close spelling, a product or parentheses for an unknown name', () => {
    const message = (s: string): string => {
      const r = parseObjective(s);
      return r.ok ? '' : r.error.message;
    };
    expect(message('sni(x)')).toContain('did you mean sin?');
    expect(message('sqr(x)')).toContain('did you mean sqrt?');
    expect(message('xy')).toContain('x*y');
    expect(message('x2')).toContain('x*2');
    expect(message('sinx')).toContain('sin(x)');
    expect(message('constructor')).not.toContain('did you mean');
    expect(message('sin^2(x)')).toContain('sin(x)^2');
    expect(message('f(x, y) = x^2')).toContain("without 'f(x, y) ='");
  });

  it('parseObjective never looks names up on plain objects', () => {
    // Each of these would find an inherited member if a table were a plain object literal.
    for (const name of [
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '__defineGetter__',
    ]) {
      const asName = parseObjective(name);
      const asCall = parseObjective(`${name}(x)`);
      expect(asName.ok, name).toBe(false);
      expect(asCall.ok, name).toBe(false);
      if (!asName.ok) expect(asName.error.message).toContain(`Unknown name '${name}'`);
      if (!asCall.ok) expect(asCall.error.message).toContain(`Unknown function '${name}'`);
    }
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(parseUpdateRule(`${name} = w`).ok).toBe(false);
      expect(parseUpdateRule(`w = ${name}`).ok).toBe(false);
    }
  });

  it('parseObjective accepts huge or tiny results as valid formulas whose values are non-finite', () => {
    // Decision: overflowing literals (1e999) are refused, because the learner typed a number
    // that does not exist; overflowing arithmetic (9^9^9^9, x^1e308) is a valid formula.
    for (const [source, w] of [
      ['9^9^9^9', [0, 0]],
      ['x^1e308', [3, 0]],
      ['exp(exp(exp(x)))', [3, 0]],
      ['1e308 * 10 + x', [0, 0]],
    ] as const) {
      const r = parseObjective(source);
      if (!r.ok) throw new Error(r.error.message);
      expect(Number.isFinite(r.objective.f(w))).toBe(false);
      expect(() => r.objective.grad(w)).not.toThrow();
    }
  });

  it('parseObjective allows 64 levels of nesting and refuses the 65th', () => {
    expect(parseObjective('-'.repeat(63) + 'x').ok).toBe(true);
    expect(parseObjective(nested(63)).ok).toBe(true);
    const r = parseObjective('-'.repeat(64) + 'x');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('64 levels');
  });

  it('parseObjective allows 500 characters and refuses 501', () => {
    expect(parseObjective('x+'.repeat(249) + 'xx').ok).toBe(false);
    expect(parseObjective('x+'.repeat(249) + 'x ').ok).toBe(true);
    const r = parseObjective('x+'.repeat(250) + 'x');
    expect(r).toEqual({
      ok: false,
      error: { message: 'This is 501 characters long: the limit is 500.', index: 500 },
    });
  });

  it('parseExpression refuses a tree with more nodes than the limit', () => {
    // Within 500 characters the depth limit keeps a formula under 1,000 nodes, so the node
    // limit is exercised with a smaller one.
    const limits = { ...LIMITS, maxNodes: 10 };
    expect(() => parseExpression('x+x+x+x+x', OBJECTIVE_DIALECT, limits)).not.toThrow();
    expect(() => parseExpression('x+x+x+x+x+x', OBJECTIVE_DIALECT, limits)).toThrow(/at most 10 /);
    expect(LIMITS.maxNodes).toBe(1000);
  });

  it('parseObjective never throws, whatever it is given', () => {
    const values: unknown[] = [
      undefined,
      null,
      42,
      {},
      [],
      Symbol.iterator,
      { toString: () => 'x' },
    ];
    for (const v of values) {
      expect(() => parseObjective(v as string)).not.toThrow();
      expect(parseObjective(v as string).ok).toBe(false);
      expect(() => parseUpdateRule(v as string)).not.toThrow();
      expect(parseUpdateRule(v as string).ok).toBe(false);
    }
  });
});
