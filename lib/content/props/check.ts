import type { z } from 'zod';
import { closestName } from '@/lib/text/closest';

/** One problem with a tag's props: which attribute (if any) and what is wrong. */
export interface PropProblem {
  /** The attribute the problem is about, or null for the tag as a whole. */
  readonly attribute: string | null;
  readonly message: string;
}

const describeValue = (value: unknown): string =>
  typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** "did you mean …? " for a near miss among `names`, else ''. */
function didYouMean(value: unknown, names: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const near = closestName(value, names);
  return near === undefined ? '' : ` — did you mean "${near}"?`;
}

/**
 * Checks a tag's props against its schema and says what is wrong in an author's terms: an
 * unknown prop with the closest allowed name and the full list; a value outside a list of
 * names (an optimizer, a surface) with that list; a value of the wrong type with what was given.
 */
export function checkProps(
  tag: string,
  schema: z.ZodObject,
  props: Record<string, unknown>,
): PropProblem[] {
  const result = schema.safeParse(props, { reportInput: true });
  if (result.success) return [];
  const allowed = Object.keys(schema.shape).sort();
  const problems: PropProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const list = allowed.length ? `allowed: ${allowed.join(', ')}` : 'it takes no props';
        problems.push({
          attribute: key,
          message: `<${tag}> has no prop "${key}"${didYouMean(key, allowed)} (${list})`,
        });
      }
      continue;
    }
    const attribute = issue.path.length > 0 ? String(issue.path[0]) : null;
    const where = `<${tag}> ${attribute === null ? '' : `${pathText(issue.path)}: `}`;
    if (issue.code === 'invalid_value') {
      const names = issue.values.map(String);
      problems.push({
        attribute,
        message: `${where}${describeValue(issue.input)} is not one of ${names.join(', ')}${didYouMean(issue.input, names)}`,
      });
    } else if (issue.code === 'invalid_type' && issue.input !== undefined) {
      problems.push({
        attribute,
        message: `${where}expected ${issue.expected}, got ${describeValue(issue.input)}`,
      });
    } else {
      problems.push({ attribute, message: `${where}${issue.message}` });
    }
  }
  return problems;
}
