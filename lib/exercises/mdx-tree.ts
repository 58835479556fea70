import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A JSX element in MDX, flow (its own block) or text (inside a paragraph). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export type MdxParseResult =
  | { ok: true; tree: Root }
  | { ok: false; error: { message: string; line: number; column: number } };

/**
 * Parses a lesson's MDX into an mdast tree the way the lesson build reads it (MDX + math, so
 * `$\frac{1}{2}$` is math rather than a `{…}` expression). A leading YAML frontmatter block is
 * blanked out line for line, so every position in the tree is still the file's line number.
 * MDX syntax errors come back as values with their position.
 */
export function parseMdx(source: string): MdxParseResult {
  try {
    const tree = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkMath)
      .parse(blankFrontmatter(source));
    return { ok: true, tree };
  } catch (error) {
    return { ok: false, error: describeParseError(error) };
  }
}

type Point = { line?: number; column?: number };

/**
 * micromark's errors carry their place in `place` (a point or a span) or, for an unclosed
 * tag, only at the end of the reason, as `(3:1-3:11)`.
 */
function describeParseError(error: unknown): { message: string; line: number; column: number } {
  const e = error as {
    reason?: string;
    message?: string;
    line?: number;
    column?: number;
    place?: Point & { start?: Point };
  };
  const reason = e.reason ?? e.message ?? String(error);
  const trailing = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
  const point = e.place?.start ?? e.place;
  const line = e.line ?? point?.line ?? (trailing ? Number(trailing[1]) : 1);
  const column = e.column ?? point?.column ?? (trailing ? Number(trailing[2]) : 1);
  return { message: trailing ? reason.slice(0, trailing.index) : reason, line, column };
}

/** Replaces a leading `---` … `---` block with as many empty lines as it had. */
export function blankFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/.exec(source);
  if (!match) return source;
  const lines = match[0].split('\n').length;
  return '\n'.repeat(lines - 1) + source.slice(match[0].length);
}

/** True for a JSX element node, optionally with one of the given names. */
export function isJsxElement(
  node: { type: string },
  names?: readonly string[],
): node is JsxElement {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
  return !names || names.includes((node as JsxElement).name ?? '');
}

/**
 * Every descendant element with one of `names`, not looking inside elements named in `skip`
 * (a Hint inside a Solution is not a hint; an exercise's Choices are not its prompt).
 */
export function findElements(
  parent: { children?: RootContent[] },
  names: readonly string[],
  skip: readonly string[] = [],
): JsxElement[] {
  const found: JsxElement[] = [];
  for (const child of parent.children ?? []) {
    if (isJsxElement(child, names)) {
      found.push(child);
      continue;
    }
    if (isJsxElement(child, skip)) continue;
    if ('children' in child)
      found.push(...findElements(child as { children: RootContent[] }, names, skip));
  }
  return found;
}

const INLINE = new Set([
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'mdxJsxTextElement',
]);

/**
 * The plain text of a subtree, whitespace collapsed, TeX kept as `$…$`, skipping elements
 * named in `skip`. Used for prompts and choice labels in tables and the teacher's guide.
 */
export function plainText(
  parent: { children?: RootContent[] },
  skip: readonly string[] = [],
): string {
  const parts: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (isJsxElement(node, skip)) continue;
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          parts.push(node.value);
          break;
        case 'inlineMath':
          parts.push(`$${node.value}$`);
          break;
        case 'math':
          parts.push(` $$${node.value}$$ `);
          break;
        case 'break':
          parts.push(' ');
          break;
        default:
          if ('children' in node) walk(node.children as RootContent[]);
          // Blocks are separate sentences; a space keeps their words apart.
          if (!INLINE.has(node.type)) parts.push(' ');
      }
    }
  };
  walk(parent.children ?? []);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
