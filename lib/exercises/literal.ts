import type { Node as EstreeNode, Program } from 'estree';

/** A JSON-like value: what an MDX attribute expression may hold. */
export type LiteralValue =
  null | boolean | number | string | LiteralValue[] | { [key: string]: LiteralValue };

export type LiteralResult = { ok: true; value: LiteralValue } | { ok: false; message: string };

/**
 * Evaluates the estree of an attribute expression (`answer={0.8}`, `ranges={{"lr": [0, 1]}}`)
 * when, and only when, it is a JSON-like literal: numbers (including `1e-6` and negatives),
 * strings, booleans, null, arrays and objects with plain keys. Anything else — a name, a call,
 * arithmetic, a spread — is refused with a message: authors' content never becomes code.
 */
export function evaluateLiteral(program: Program | undefined): LiteralResult {
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  if (!statement || statement.type !== 'ExpressionStatement') {
    return { ok: false, message: 'must hold exactly one literal value' };
  }
  try {
    return { ok: true, value: literal(statement.expression) };
  } catch (error) {
    if (error instanceof NotLiteral) return { ok: false, message: error.message };
    throw error;
  }
}

class NotLiteral extends Error {}

function literal(node: EstreeNode): LiteralValue {
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) break;
      return node.value as LiteralValue;
    case 'UnaryExpression':
      if (node.operator === '-' || node.operator === '+') {
        const value = literal(node.argument);
        if (typeof value !== 'number') break;
        return node.operator === '-' ? -value : value;
      }
      break;
    case 'TemplateLiteral':
      if (node.expressions.length === 0)
        return node.quasis.map((q) => q.value.cooked ?? '').join('');
      break;
    case 'ArrayExpression':
      return node.elements.map((element) => {
        if (!element || element.type === 'SpreadElement')
          throw new NotLiteral('arrays may not have holes or spreads');
        return literal(element);
      });
    case 'ObjectExpression': {
      const out: { [key: string]: LiteralValue } = {};
      for (const property of node.properties) {
        if (
          property.type !== 'Property' ||
          property.kind !== 'init' ||
          property.method ||
          property.computed
        ) {
          throw new NotLiteral('objects may only hold plain `key: value` pairs');
        }
        if (property.shorthand)
          throw new NotLiteral(`write "${keyOf(property.key)}": value, not a bare name`);
        const key = keyOf(property.key);
        // `__proto__` as a key would set the prototype instead of a property.
        if (key === '__proto__') throw new NotLiteral('"__proto__" is not allowed as a key');
        out[key] = literal(property.value as EstreeNode);
      }
      return out;
    }
  }
  throw new NotLiteral(`only literal values are allowed (found ${describe(node)})`);
}

function keyOf(key: EstreeNode): string {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  throw new NotLiteral('object keys must be names or strings');
}

function describe(node: EstreeNode): string {
  if (node.type === 'Identifier') return `the name "${node.name}"`;
  return `a ${node.type}`;
}
