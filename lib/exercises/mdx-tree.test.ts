import { describe, expect, it } from 'vitest';
import { blankFrontmatter, findElements, parseMdx, plainText } from './mdx-tree';

describe('mdx-tree', () => {
  it('blankFrontmatter(source) keeps line numbers by leaving one empty line per frontmatter line', () => {
    const source = '---\ntitle: T\norder: 1\n---\n\nBody';
    const blanked = blankFrontmatter(source);
    expect(blanked.split('\n')).toHaveLength(source.split('\n').length);
    expect(blanked.split('\n')[5]).toBe('Body');
  });

  it('blankFrontmatter(source) leaves a file without frontmatter alone', () => {
    expect(blankFrontmatter('# Title\n---\n')).toBe('# Title\n---\n');
  });

  it('parseMdx(source) positions nodes at their line in the original file', () => {
    const parsed = parseMdx('---\ntitle: T\n---\n\n<X id="a" />\n');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(findElements(parsed.tree, ['X'])[0].position?.start.line).toBe(5);
  });

  it('parseMdx(source) reads TeX braces as math, not as MDX expressions', () => {
    const parsed = parseMdx('Half is $\\frac{1}{2}$.');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(plainText(parsed.tree)).toBe('Half is $\\frac{1}{2}$.');
  });

  it('parseMdx(source) returns a syntax error with its position instead of throwing', () => {
    const parsed = parseMdx('text\n\n<X id="a">\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.line).toBeGreaterThanOrEqual(3);
      expect(parsed.error.message).toMatch(/X/);
    }
  });

  it('plainText(tree, skip) joins blocks with spaces and keeps inline emphasis tight', () => {
    const parsed = parseMdx('A **bold**, word.\n\nNext <Y>hidden</Y> line.\n');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(plainText(parsed.tree, ['Y'])).toBe('A bold, word. Next line.');
  });

  it('findElements(tree, names, skip) does not look inside skipped elements', () => {
    const parsed = parseMdx('<A>\n<Hint>one</Hint>\n<S>\n<Hint>two</Hint>\n</S>\n</A>\n');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(findElements(parsed.tree, ['Hint'], ['S'])).toHaveLength(1);
  });
});
