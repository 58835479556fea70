import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/**
 * Records h2/h3 headings (after rehype-slug has given them ids) into `into`, for the table of
 * contents. The array is owned by one compile call, so nothing is shared between lessons.
 */
export function rehypeCollectHeadings(options: { into: TocEntry[] }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      options.into.push({ id, text: toString(node).trim(), depth: node.tagName === 'h2' ? 2 : 3 });
    });
  };
}
