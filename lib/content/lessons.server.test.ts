import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { getLesson, listLessons, slugFromFile } from './lessons.server';
import { LESSON_COMPONENTS } from './props';

const fixtures = (name: string) => path.join(__dirname, 'fixtures', name);
/** Two stand-in components: <Known value="…"> (inline) and <Block> (a block with content). */
const known = {
  Known: {
    props: z.object({ value: z.string() }).strict(),
    inline: true,
    content: true,
  },
  Block: { props: z.object({}).strict(), inline: false, content: true },
};

async function compileError(
  dir: string,
  slug: string,
  components: Parameters<typeof getLesson>[2] = known,
): Promise<string> {
  try {
    await getLesson(slug, fixtures(dir), components);
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
    const lesson = await getLesson('sample', fixtures('good'), known);
    expect(lesson?.title).toBe('A sample lesson');
    expect(lesson?.code).toContain('katex');
    expect(lesson?.toc).toEqual([
      { id: 'first-heading', text: 'First heading', depth: 2 },
      { id: 'a-sub-heading', text: 'A sub heading', depth: 3 },
    ]);
  });

  it('getLesson returns null for a slug that does not exist', async () => {
    expect(await getLesson('nope', fixtures('good'), known)).toBeNull();
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

  it('a misspelt prop fails at its line and column, with the closest name and the allowed ones', async () => {
    const message = await compileError('misspelt-prop', 'bad', LESSON_COMPONENTS);
    expect(message).toMatch(
      /misspelt-prop\/01-bad\.mdx:12:22: <ContourTrajectories> has no prop "kapa" — did you mean "kappa"\? \(allowed: .*arrows.*kappa.*runs/,
    );
  });

  it('an unknown optimizer fails naming the optimizers there are', async () => {
    const message = await compileError('unknown-optimizer', 'bad', LESSON_COMPONENTS);
    expect(message).toMatch(
      /unknown-optimizer\/01-bad\.mdx:12:27: <LossCurves> runs\[1\]: "hb" is not one of gd, heavy-ball, ema-momentum, nesterov, rmsprop, adam/,
    );
  });

  it('a prop given twice fails at the second one', async () => {
    const message = await compileError('repeated-prop', 'bad', LESSON_COMPONENTS);
    expect(message).toMatch(
      /repeated-prop\/01-bad\.mdx:12:36: <ContourTrajectories>: attribute "kappa" is given twice/,
    );
  });

  it('a prop that is code, not a literal, fails: lesson content never becomes code', async () => {
    const message = await compileError('code-in-prop', 'bad', LESSON_COMPONENTS);
    expect(message).toMatch(
      /code-in-prop\/01-bad\.mdx:12:22: <ContourTrajectories>: attribute "runs": /,
    );
  });

  it('a prop named after an inherited property is an unknown prop, not a way past the schema', async () => {
    const message = await compileError('prototype-prop', 'bad', LESSON_COMPONENTS);
    expect(message).toMatch(
      /prototype-prop\/01-bad\.mdx:12:22: <ContourTrajectories> has no prop "__proto__"/,
    );
  });

  it('a prop of the wrong type fails saying what was expected and what was given', async () => {
    const message = await compileError('wrong-type', 'bad', LESSON_COMPONENTS);
    expect(message).toMatch(
      /wrong-type\/01-bad\.mdx:13:3: <TrainingRace> epochs: expected number, got "150"/,
    );
  });

  it('content inside a figure that takes none fails: it would never be shown', async () => {
    const message = await compileError('content-in-figure', 'bad', LESSON_COMPONENTS);
    expect(message).toMatch(/content-in-figure\/01-bad\.mdx:11:3: <RateMap> takes no content/);
  });
});
