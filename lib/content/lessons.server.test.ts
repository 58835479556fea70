import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLesson, listLessons, slugFromFile } from './lessons.server';

const fixtures = (name: string) => path.join(__dirname, 'fixtures', name);
const known = { known: ['Known', 'Block'], inline: ['Known'] };

async function compileError(dir: string, slug: string): Promise<string> {
  try {
    await getLesson(slug, known, fixtures(dir));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the compile to fail');
}

describe('lesson pipeline', () => {
  it('slugFromFile drops the ordering number and extension', () => {
    expect(slugFromFile('content/lessons/03-momentum.mdx')).toBe('momentum');
  });

  it('getLesson renders math with KaTeX and collects the table of contents', async () => {
    const lesson = await getLesson('sample', known, fixtures('good'));
    expect(lesson?.title).toBe('A sample lesson');
    expect(lesson?.code).toContain('katex');
    expect(lesson?.toc).toEqual([
      { id: 'first-heading', text: 'First heading', depth: 2 },
      { id: 'a-sub-heading', text: 'A sub heading', depth: 3 },
    ]);
  });

  it('getLesson returns null for a slug that does not exist', async () => {
    expect(await getLesson('nope', known, fixtures('good'))).toBeNull();
  });

  it('a LaTeX error fails with the lesson file and line', async () => {
    const message = await compileError('broken-latex', 'bad');
    expect(message).toMatch(/broken-latex\/01-bad\.mdx:12:\d+: LaTeX error: KaTeX parse error/);
  });

  it('missing or mistyped frontmatter fails naming the file and every bad field', async () => {
    await expect(listLessons(fixtures('broken-frontmatter'))).rejects.toThrow(
      /broken-frontmatter\/01-bad\.mdx:1: invalid frontmatter — .*summary.*order.*minutes.*objectives/,
    );
  });

  it('frontmatter that is not YAML fails naming the file and line', async () => {
    await expect(listLessons(fixtures('broken-yaml'))).rejects.toThrow(
      /broken-yaml\/01-bad\.mdx:\d+: frontmatter is not valid YAML/,
    );
  });

  it('an unknown component fails with the lesson file and line', async () => {
    const message = await compileError('unknown-component', 'bad');
    expect(message).toMatch(
      /unknown-component\/01-bad\.mdx:12:\d+: Unknown component <NoSuchWidget>/,
    );
  });

  it('an MDX syntax error fails with the lesson file and line', async () => {
    const message = await compileError('broken-syntax', 'bad');
    expect(message).toMatch(/broken-syntax\/01-bad\.mdx:\d+:\d+: /);
  });

  it('a block component inside a paragraph fails: it would break hydration', async () => {
    const message = await compileError('block-in-paragraph', 'bad');
    expect(message).toMatch(
      /block-in-paragraph\/01-bad\.mdx:11:1: <Block> is a block: put it on its own line/,
    );
  });

  it('an import inside a lesson fails: lessons use registered components by name', async () => {
    const message = await compileError('with-import', 'bad');
    expect(message).toMatch(/with-import\/01-bad\.mdx:10:\d+: Lessons cannot import/);
  });
});
