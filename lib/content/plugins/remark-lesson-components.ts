import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { readProps } from '@/lib/exercises/attributes';
import { checkProps } from '../props/check';
import type { LessonComponentSpec } from '../props';

/**
 * Fails the compile at the offending line and column when a lesson
 * - uses a component that is not registered, or `import`s/`export`s code (lessons reach
 *   components by name only: an import inside MDX would be inlined into server code and break
 *   prerendering);
 * - gives a prop the component's schema refuses: a misspelt name (`kapa="kappa"`), an unknown
 *   optimizer (`runs={["hb"]}`), a value of the wrong type, or an expression that is not a
 *   literal (authors' content never becomes code);
 * - puts content inside a component that takes none, or a block inside a paragraph.
 */
export function remarkLessonComponents(options: {
  components: Readonly<Record<string, LessonComponentSpec>>;
}) {
  const components = options.components;
  const names = Object.keys(components).sort();
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'mdxjsEsm') {
        file.fail('Lessons cannot import or export code; use registered components by name', node);
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name;
      if (!name || !/^[A-Z]/.test(name)) return;
      const spec = Object.hasOwn(components, name) ? components[name] : undefined;
      if (!spec) {
        file.fail(
          `Unknown component <${name}>; registered components are: ${names.join(', ')}`,
          node,
        );
      }
      // A block component written inside a paragraph (no blank line before it) would put a
      // <div> inside a <p>: invalid HTML that the browser repairs and React then fails to hydrate.
      if (node.type === 'mdxJsxTextElement' && !spec.inline) {
        file.fail(`<${name}> is a block: put it on its own line with a blank line before it`, node);
      }
      if (!spec.content && node.children.length > 0) {
        file.fail(`<${name}> takes no content: write it as <${name} … />`, node.children[0]);
      }
      // Attributes are read as the exercises' are (literals only, no spreads or repeats).
      const { props, problems } = readProps(node);
      if (problems[0]) file.fail(problems[0].message, problems[0]);
      const problem = checkProps(name, spec.props, props)[0];
      if (problem) {
        const attribute = node.attributes.find(
          (a) => a.type === 'mdxJsxAttribute' && a.name === problem.attribute,
        );
        file.fail(problem.message, attribute?.position ? attribute : node);
      }
    });
  };
}
