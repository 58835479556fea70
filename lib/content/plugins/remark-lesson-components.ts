import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { evaluateLiteral } from '@/lib/exercises/literal';
import type { JsxElement } from '@/lib/exercises/mdx-tree';
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
      const props = readAttributes(node, file);
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

/** The props React will receive: `a="text"` a string, a bare `a` true, `a={…}` a literal. */
function readAttributes(node: JsxElement, file: VFile): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    const place = attribute.position ? attribute : node;
    if (attribute.type !== 'mdxJsxAttribute') {
      file.fail(`<${node.name}>: spread attributes {...} are not allowed`, place);
    }
    if (Object.hasOwn(props, attribute.name)) {
      file.fail(`<${node.name}>: the prop "${attribute.name}" is given twice`, place);
    }
    const value = attribute.value;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === 'string') props[attribute.name] = value;
    else {
      const literal = evaluateLiteral(value.data?.estree as Program | undefined);
      if (!literal.ok) file.fail(`<${node.name}> ${attribute.name}: ${literal.message}`, place);
      props[attribute.name] = literal.value;
    }
  }
  return props;
}
