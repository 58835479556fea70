import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { safeKatexOptions } from './katex-options';
import { parseObjective } from './objective';
import { RULE_PRESETS, parseUpdateRule } from './update-rule';

describe('safeKatexOptions', () => {
  it('safeKatexOptions() returns the locked-down options', () => {
    expect(safeKatexOptions()).toEqual({
      trust: false,
      maxExpand: 100,
      maxSize: 10,
      throwOnError: false,
      strict: 'ignore',
      macros: {},
      output: 'htmlAndMathml',
      globalGroup: false,
    });
  });

  it('safeKatexOptions() returns a fresh object, and a fresh macros table, on every call', () => {
    const a = safeKatexOptions();
    const b = safeKatexOptions();
    expect(a).not.toBe(b);
    expect(a.macros).not.toBe(b.macros);
    katex.renderToString('\\gdef\\leak{1}', a);
    expect(Object.keys(a.macros)).toContain('\\leak');
    expect(Object.keys(safeKatexOptions().macros)).toEqual([]);
  });

  it('safeKatexOptions() makes KaTeX refuse links and stop macro bombs without throwing', () => {
    const link = katex.renderToString('\\href{javascript:alert(1)}{x}', safeKatexOptions());
    expect(link).not.toContain('href="javascript');
    expect(() => katex.renderToString('\\def\\a{\\a\\a}\\a', safeKatexOptions())).not.toThrow();
  });

  it('the LaTeX of every formula and rule is valid KaTeX', () => {
    const strict = { ...safeKatexOptions(), throwOnError: true };
    const formulas = [
      '(x^2 + 10 y^2)/2 + sin(x)',
      '-x^2 + 1e-7 x - (y - 1)',
      'max(abs(x), sqrt(y), atan(x)) / exp(x y)^2',
      '(-x)^y^2 + pi e + sign(x) tanh(y) cosh(x) sinh(y) tan(x) log(y)',
      '1e21 x + 2.5e-9',
    ];
    for (const f of formulas) {
      const r = parseObjective(f);
      if (!r.ok) throw new Error(r.error.message);
      expect(() => katex.renderToString(r.tex, strict), f).not.toThrow();
    }
    for (const p of RULE_PRESETS) {
      const r = parseUpdateRule(p.source);
      if (!r.ok) throw new Error(r.error.message);
      expect(
        () => katex.renderToString(r.tex, { ...strict, displayMode: true }),
        p.id,
      ).not.toThrow();
    }
  });
});
