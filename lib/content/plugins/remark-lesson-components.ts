import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * Fails the compile at the offending line when a lesson uses a component that is not in the
 * registry, or tries to `import`/`export` code: lessons reach components by name only
 * (an import inside MDX would be inlined into server code and break prerendering).
 */
export function remarkAllowedComponents(options: {
  known: readonly string[];
  inline?: readonly string[];
}) {
  const known = new Set(options.known);
  const inline = new Set(options.inline ?? options.known);
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'mdxjsEsm') {
        file.fail('Lessons cannot import or export code; use registered components by name', node);
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = node.name;
        if (name && /^[A-Z]/.test(name) && !known.has(name)) {
          file.fail(
            `Unknown component <${name}>; registered components are: ${[...known].sort().join(', ')}`,
            node,
          );
        }
        // A block component written inside a paragraph (no blank line before it) would put a
        // <div> inside a <p>: invalid HTML that the browser repairs and React then fails to hydrate.
        if (name && node.type === 'mdxJsxTextElement' && known.has(name) && !inline.has(name)) {
          file.fail(
            `<${name}> is a block: put it on its own line with a blank line before it`,
            node,
          );
        }
      }
    });
  };
}
