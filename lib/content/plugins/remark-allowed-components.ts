import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * Fails the compile at the offending line when a lesson uses a component that is not in the
 * registry, or tries to `import`/`export` code: lessons reach components by name only
 * (an import inside MDX would be inlined into server code and break prerendering).
 */
export function remarkAllowedComponents(options: { known: readonly string[] }) {
  const known = new Set(options.known);
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
      }
    });
  };
}
