import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkMath from 'remark-math';
import { LESSON_COMPONENTS, type LessonComponentSpec } from './props';
import { remarkLessonComponents } from './plugins/remark-lesson-components';
import { rehypeCollectHeadings, type TocEntry } from './plugins/rehype-collect-headings';
import { rehypeKatexErrors } from './plugins/rehype-katex-errors';
import { safeKatexOptions } from '@/lib/expr/katex-options';

export interface CompiledLesson {
  /** The MDX bundle: a function body for mdx-bundler's `getMDXComponent`. */
  code: string;
  toc: TocEntry[];
}

/**
 * The one MDX compile path of the course: math is typeset by KaTeX at build time, headings get
 * ids and anchor links, and any LaTeX error, MDX syntax error, unknown component or prop its
 * schema refuses fails with `file:line:column`.
 */
export async function compileLessonMdx(
  source: string,
  options: {
    file: string;
    /** The components a lesson may use, with their props schemas (the course's by default). */
    components?: Readonly<Record<string, LessonComponentSpec>>;
  },
): Promise<CompiledLesson> {
  const toc: TocEntry[] = [];
  // A real path makes esbuild's and MDX's error locations name the lesson file.
  const filePath = path.resolve(process.cwd(), options.file);
  try {
    const { code } = await bundleMDX({
      source: { value: source, path: filePath, cwd: process.cwd() } as never,
      cwd: path.dirname(filePath),
      esbuildOptions(esbuild) {
        // Errors are rethrown below with the lesson's file and line; esbuild's own printout
        // would only repeat them without a usable location.
        esbuild.logLevel = 'silent';
        return esbuild;
      },
      mdxOptions(mdx) {
        // The component check runs first: mdx-bundler's own frontmatter plugin adds an
        // `export`, which must not be mistaken for an author's import.
        mdx.remarkPlugins = [
          [remarkLessonComponents, { components: options.components ?? LESSON_COMPONENTS }],
          ...(mdx.remarkPlugins ?? []),
          remarkMath,
        ];
        mdx.rehypePlugins = [
          ...(mdx.rehypePlugins ?? []),
          rehypeSlug,
          [rehypeCollectHeadings, { into: toc }],
          [
            rehypeAutolinkHeadings,
            {
              behavior: 'append',
              properties: { className: ['heading-anchor'], ariaHidden: true, tabIndex: -1 },
              content: { type: 'text', value: '#' },
            },
          ],
          // The same locked-down options as a learner's LaTeX (no \href, capped sizes and
          // expansion): a lesson is trusted, but one renderer keeps one set of rules.
          [rehypeKatex, safeKatexOptions()],
          rehypeKatexErrors,
        ];
        return mdx;
      },
    });
    return { code, toc };
  } catch (error) {
    throw new Error(describeCompileError(error, options.file), { cause: error });
  }
}

interface EsbuildMessage {
  text: string;
}

// @mdx-js/esbuild reports `Cannot process MDX file with esbuild:\n  [path:]L:C: reason`, where
// micromark's syntax errors put the real place in a trailing `(L:C-L:C)`.
const MDX_FAILURE =
  /^(?:Cannot process MDX file with esbuild:\s*)?(?:\S+\.mdx:)?(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*?)(?: \((\d+):(\d+)(?:-\d+:\d+)?\))?$/;

/** Turns an esbuild/MDX failure into `file:line:column: reason` lines. */
export function describeCompileError(error: unknown, file: string): string {
  const errors = (error as { errors?: EsbuildMessage[] }).errors;
  const texts =
    Array.isArray(errors) && errors.length > 0
      ? errors.map((e) => e.text)
      : [(error as Error)?.message ?? String(error)];
  return texts
    .map((text) => {
      const match = MDX_FAILURE.exec(text.trim());
      if (!match) return `${file}: ${text}`;
      const [, line, column, reason, realLine, realColumn] = match;
      return `${file}:${realLine ?? line}:${realColumn ?? column}: ${reason.trim()}`;
    })
    .join('\n');
}
