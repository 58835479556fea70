import { ExprSyntaxError, at } from './errors';

/** The kinds of token the lexer produces. */
export type TokenType = 'num' | 'ident' | 'op' | 'sup' | '(' | ')' | ',' | '=' | 'sep' | 'eof';

/** A token and the 0-based offsets [index, end) of its text in the source. */
export interface Token {
  readonly type: TokenType;
  /** Identifier name, operator (`+ - * / ^`), the separator (`;` or newline) or the number text. */
  readonly text: string;
  /** Value of a number, or the exponent of a superscript (² → 2). */
  readonly value: number;
  readonly index: number;
  readonly end: number;
}

/**
 * Operators learners paste from documents: × · ⋅ ∗ mean *, − – mean -, ÷ means /, and `**`
 * (Python's power) means ^. Accepting them costs nothing and none of them is ambiguous.
 */
const OPERATORS: ReadonlyMap<string, string> = new Map([
  ['+', '+'],
  ['-', '-'],
  ['\u2212', '-'], // − minus sign
  ['\u2013', '-'], // – en dash (word processors turn '-' into it)
  ['*', '*'],
  ['\u00d7', '*'], // ×
  ['\u00b7', '*'], // ·
  ['\u22c5', '*'], // ⋅
  ['\u2217', '*'], // ∗
  ['/', '/'],
  ['\u00f7', '/'], // ÷
  ['^', '^'],
]);

const SUPERSCRIPTS: ReadonlyMap<string, number> = new Map([
  ['\u00b2', 2],
  ['\u00b3', 3],
]);

/** Characters with a known meaning elsewhere, and what to tell a learner who types them. */
const EXPLAINED: ReadonlyMap<string, string> = new Map([
  ['.', "'.' can only be a decimal point, as in 0.5 (formulas have no properties)"],
  ['[', 'square brackets are not used: group with ( ) and write one formula, not a list'],
  [']', 'square brackets are not used: group with ( ) and write one formula, not a list'],
  ['{', 'braces are not used: group with ( )'],
  ['}', 'braces are not used: group with ( )'],
  ["'", 'text in quotes is not allowed: type a formula such as x^2 + y^2'],
  ['"', 'text in quotes is not allowed: type a formula such as x^2 + y^2'],
  ['`', 'text in quotes is not allowed: type a formula such as x^2 + y^2'],
  ['|', 'write abs(x) for |x|'],
  ['\\', 'LaTeX commands are not understood here: type x^2/2 rather than \\frac{x^2}{2}'],
  ['!', 'factorials and logical operators are not available'],
  ['&', 'logical operators are not available'],
  ['<', 'comparisons are not available: use min( , ) or max( , )'],
  ['>', 'comparisons are not available: use min( , ) or max( , )'],
  ['%', "'%' is not available: write 0.05 rather than 5%"],
]);

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
// Latin letters and underscore, plus Greek (α, β, ε, π are valid names in some dialects).
const isIdentStart = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || (c >= '\u0370' && c <= '\u03ff');
const isIdentPart = (c: string): boolean => isIdentStart(c) || isDigit(c);

/**
 * Splits `source` into tokens, ending with an 'eof' token. Newlines and `;` become 'sep'
 * tokens (the parsers decide whether several statements are allowed); `=` and `←` become '='.
 * Throws ExprSyntaxError (caught by the parse entry points) on a character with no meaning.
 * Iterative: no recursion, linear time.
 */
export function lex(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = source.length;
  const push = (type: TokenType, text: string, index: number, end: number, value = NaN): void => {
    tokens.push({ type, text, value, index, end });
  };
  while (i < n) {
    const c = source[i];
    if (c === '\n' || c === ';') {
      push('sep', c, i, i + 1);
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (isDigit(c) || (c === '.' && i + 1 < n && isDigit(source[i + 1]))) {
      i = lexNumber(source, i, push);
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < n && isIdentPart(source[i])) i++;
      push('ident', source.slice(start, i), start, i);
    } else if (c === '*' && source[i + 1] === '*') {
      push('op', '^', i, i + 2);
      i += 2;
    } else if (OPERATORS.has(c)) {
      push('op', OPERATORS.get(c) as string, i, i + 1);
      i++;
    } else if (SUPERSCRIPTS.has(c)) {
      push('sup', c, i, i + 1, SUPERSCRIPTS.get(c));
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      push(c, c, i, i + 1);
      i++;
    } else if (c === '=' || c === '\u2190') {
      push('=', c, i, i + 1);
      i++;
    } else {
      const explained = EXPLAINED.get(c);
      if (explained !== undefined) {
        const shown = c === "'" || c === '"' || c === '`' ? `quote mark ${c}` : `'${c}'`;
        throw new ExprSyntaxError(`Unexpected ${shown} ${at(i)}: ${explained}.`, i);
      }
      const shown = String.fromCodePoint(source.codePointAt(i) ?? 0xfffd);
      throw new ExprSyntaxError(`Unexpected character '${shown}' ${at(i)}.`, i);
    }
  }
  push('eof', '', n, n);
  return tokens;
}

/** Lexes 12, 1.5, .5, 1e-3, 2E+8. An `e` not followed by digits is the constant e (2e = 2·e). */
function lexNumber(
  source: string,
  start: number,
  push: (type: TokenType, text: string, index: number, end: number, value?: number) => void,
): number {
  const n = source.length;
  let i = start;
  while (i < n && isDigit(source[i])) i++;
  if (source[i] === '.') {
    i++;
    if (!(i < n && isDigit(source[i]))) {
      throw new ExprSyntaxError(
        `A decimal point must be followed by digits ${at(i - 1)} (write 5.0 or 5).`,
        i - 1,
      );
    }
    while (i < n && isDigit(source[i])) i++;
  }
  if (source[i] === 'e' || source[i] === 'E') {
    let j = i + 1;
    if (source[j] === '+' || source[j] === '-') j++;
    if (j < n && isDigit(source[j])) {
      while (j < n && isDigit(source[j])) j++;
      i = j;
    }
  }
  const text = source.slice(start, i);
  const value = Number(text);
  if (!Number.isFinite(value)) {
    throw new ExprSyntaxError(
      `The number ${text} ${at(start)} is too large to represent (the limit is about 1.8e308).`,
      start,
    );
  }
  if (source[i] === '.' && i + 1 < n && isDigit(source[i + 1])) {
    throw new ExprSyntaxError(`A number cannot have two decimal points ${at(i)}.`, i);
  }
  push('num', text, start, i, value);
  return i;
}
