import { describe, expect, it } from 'vitest';
import { inlineMathToHtml } from './inline-math';

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
});
