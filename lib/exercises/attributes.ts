import type { Program } from 'estree';
import { closestName } from '@/lib/text/closest';
import { evaluateLiteral, type LiteralValue } from './literal';
import type { JsxElement } from './mdx-tree';

/** A problem at a place in the MDX source (1-based line and column). */
export interface SourceProblem {
  message: string;
  line: number;
  column: number;
}

export interface ElementProps {
  props: Record<string, LiteralValue>;
  problems: SourceProblem[];
  /** Attributes that were given but could not be read. */
  failed: string[];
}

/**
 * Reads an element's attributes as the props React will receive: `name="text"` is a string,
 * a bare `name` is `true`, and `name={…}` is evaluated as a JSON-like literal only. Attributes
 * outside `allowed` are reported (a typo such as `tolerence` would otherwise be silently lost),
 * as are spreads and repeated names. `tag` names the element in messages. Without `allowed`
 * every name is read: the caller checks names against a schema of its own (lesson widgets).
 */
export function readProps(
  element: JsxElement,
  allowed?: readonly string[],
  tag = `<${element.name}>`,
): ElementProps {
  // No prototype: an attribute named `constructor` or `__proto__` is just a name here.
  const props: Record<string, LiteralValue> = Object.create(null);
  const problems: SourceProblem[] = [];
  const failed: string[] = [];
  for (const attribute of element.attributes) {
    const at = positionOf(attribute.position ?? element.position);
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push({ ...at, message: `${tag}: spread attributes {...} are not allowed` });
      continue;
    }
    const name = attribute.name;
    if (allowed && !allowed.includes(name)) {
      const near = closestName(name, allowed);
      const hint = near === undefined ? '' : ` — did you mean "${near}"?`;
      problems.push({
        ...at,
        message: `${tag}: unknown attribute "${name}"${hint} (allowed: ${allowed.join(', ')})`,
      });
      continue;
    }
    if (Object.hasOwn(props, name)) {
      problems.push({ ...at, message: `${tag}: attribute "${name}" is given twice` });
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) {
      props[name] = true;
    } else if (typeof value === 'string') {
      props[name] = value;
    } else {
      const result = evaluateLiteral(value.data?.estree as Program | undefined);
      if (result.ok) props[name] = result.value;
      else {
        failed.push(name);
        problems.push({ ...at, message: `${tag}: attribute "${name}": ${result.message}` });
      }
    }
  }
  return { props, problems, failed };
}

/** The start of a node's position, defaulting to line 1 column 1 for generated nodes. */
export function positionOf(position: { start: { line: number; column: number } } | undefined): {
  line: number;
  column: number;
} {
  return { line: position?.start.line ?? 1, column: position?.start.column ?? 1 };
}
