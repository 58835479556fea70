import { describe, expect, it } from 'vitest';
import { inlineMathToHtml, mathHtml } from './inline-math';

describe('inlineMathToHtml', () => {
  it('typesets $…$ and escapes the rest', () => {
    const html = inlineMathToHtml('factor $1 - \\alpha\\lambda$ for <b>each</b>');
    expect(html).toContain('class="katex"');
    expect(html).toContain('&lt;b&gt;each&lt;/b&gt;');
    expect(html.startsWith('factor ')).toBe(true);
  });

  it('throws on a LaTeX error so the build names it', () => {
    expect(() => inlineMathToHtml('bad $\\frac{1$')).toThrow();
  });

  it('mathHtml shows a LaTeX error in place instead of throwing', () => {
    const html = mathHtml('bad $\\frac{1$ here');
    expect(html).toContain('katex-error');
    expect(html.endsWith(' here')).toBe(true);
  });

  it('both use the locked-down KaTeX options: no links, no macro bombs', () => {
    for (const render of [mathHtml, (t: string) => inlineMathToHtml(t, { onError: 'show' })]) {
      expect(render('$\\href{javascript:alert(1)}{x}$')).not.toContain('href="javascript');
      expect(() => render('$\\def\\a{\\a\\a}\\a$')).not.toThrow();
    }
  });
});
