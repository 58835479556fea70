import type { Node } from './ast';
import { CONSTANTS, OBJECTIVE_DIALECT, type Dialect } from './dialect';
import { ExprSyntaxError, at } from './errors';
import { FUNCTIONS, FUNCTION_ALIASES, type FunctionSpec } from './functions';
import { lex, type Token } from './lexer';
import { LIMITS, type Limits } from './limits';
import { suggestName } from './suggest';

/** One `target = expression` line of an update rule. */
export interface Assignment {
  readonly target: string;
  readonly targetIndex: number;
  readonly expr: Node;
}

/**
 * Recursive descent over the token list:
 *
 *   sum     := product (('+' | '-') product)*
 *   product := unary (('*' | '/') unary | juxtaposed)*
 *   unary   := ('-' | '+') unary | power
 *   power   := primary superscript* ('^' unary)?        (right-associative: 2^3^2 = 2^9)
 *   primary := number | name | function '(' sum (',' sum)* ')' | '(' sum ')'
 *
 * so -x^2 = -(x^2) and 2^-1 = 1/2. A juxtaposed factor (implicit multiplication) must start
 * with a name or '(' (2x, 3(x+y), x y, 2 sin(x), (x+1)(y-1)); a number after a factor (x 2,
 * (x)2) is refused, and so is a juxtaposed product right after '/' (x/2y), which readers
 * resolve in different ways.
 *
 * Every recursion passes through `unary`, which counts nesting depth and stops at
 * LIMITS.maxDepth; every node is counted against LIMITS.maxNodes.
 */
class Parser {
  private pos = 0;
  private depth = 0;
  private nodes = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly dialect: Dialect,
    private readonly limits: Limits,
  ) {}

  peek(): Token {
    return this.tokens[this.pos];
  }

  next(): Token {
    const t = this.tokens[this.pos];
    if (t.type !== 'eof') this.pos++;
    return t;
  }

  private count(index: number): void {
    this.nodes++;
    if (this.nodes > this.limits.maxNodes) {
      throw new ExprSyntaxError(
        `This is too long ${at(index)}: at most ${this.limits.maxNodes} numbers, names and operators.`,
        index,
      );
    }
  }

  sum(): Node {
    let left = this.product();
    for (;;) {
      const t = this.peek();
      if (t.type !== 'op' || (t.text !== '+' && t.text !== '-')) return left;
      this.next();
      const right = this.product();
      this.count(t.index);
      left = { kind: 'binary', op: t.text, left, right, index: t.index };
    }
  }

  private product(): Node {
    let left = this.unary();
    let afterDivision = false;
    for (;;) {
      const t = this.peek();
      if (t.type === 'op' && (t.text === '*' || t.text === '/')) {
        this.next();
        const right = this.unary();
        this.count(t.index);
        left = { kind: 'binary', op: t.text, left, right, index: t.index };
        afterDivision = t.text === '/';
      } else if (t.type === 'ident' || t.type === '(') {
        if (afterDivision) {
          throw new ExprSyntaxError(
            `Ambiguous product ${at(t.index)} after a division: write a/(b c) or (a/b) c with parentheses.`,
            t.index,
          );
        }
        const right = this.power();
        this.count(t.index);
        left = { kind: 'binary', op: '*', left, right, implicit: true, index: t.index };
      } else if (t.type === 'num') {
        throw new ExprSyntaxError(
          `Missing operator before the number ${t.text} ${at(t.index)}: write * (as in x*2), or put the number first (2x).`,
          t.index,
        );
      } else {
        return left;
      }
    }
  }

  private unary(): Node {
    const t = this.peek();
    this.depth++;
    if (this.depth > this.limits.maxDepth) {
      throw new ExprSyntaxError(
        `Too deeply nested ${at(t.index)}: at most ${this.limits.maxDepth} levels of parentheses, signs and powers.`,
        t.index,
      );
    }
    let result: Node;
    if (t.type === 'op' && (t.text === '-' || t.text === '+')) {
      this.next();
      const arg = this.unary();
      if (t.text === '+') {
        result = arg;
      } else {
        this.count(t.index);
        result = { kind: 'neg', arg, index: t.index };
      }
    } else {
      result = this.power();
    }
    this.depth--;
    return result;
  }

  private power(): Node {
    let base = this.primary();
    let depthAdded = 0;
    while (this.peek().type === 'sup') {
      const s = this.next();
      this.count(s.index);
      this.count(s.index);
      this.depth++;
      depthAdded++;
      if (this.depth > this.limits.maxDepth) {
        throw new ExprSyntaxError(`Too many powers in a row ${at(s.index)}.`, s.index);
      }
      base = {
        kind: 'binary',
        op: '^',
        left: base,
        right: { kind: 'num', value: s.value, index: s.index },
        index: s.index,
      };
    }
    const t = this.peek();
    if (t.type === 'op' && t.text === '^') {
      this.next();
      const exponent = this.unary();
      this.count(t.index);
      base = { kind: 'binary', op: '^', left: base, right: exponent, index: t.index };
    }
    this.depth -= depthAdded;
    return base;
  }

  private primary(): Node {
    const t = this.peek();
    switch (t.type) {
      case 'num':
        this.next();
        this.count(t.index);
        return { kind: 'num', value: t.value, index: t.index };
      case 'ident':
        this.next();
        return this.name(t);
      case '(': {
        this.next();
        if (this.peek().type === ')') {
          throw new ExprSyntaxError(
            `Empty parentheses ${at(t.index)}: put an expression inside.`,
            t.index,
          );
        }
        const inner = this.sum();
        this.close(t, 'the (');
        return inner;
      }
      default:
        throw this.expected(t);
    }
  }

  private name(t: Token): Node {
    const isCall = this.peek().type === '(';
    const variable = this.dialect.variables.get(t.text);
    if (variable !== undefined) {
      this.count(t.index);
      return { kind: 'var', name: variable, index: t.index };
    }
    const constant = CONSTANTS.get(t.text);
    if (constant !== undefined) {
      this.count(t.index);
      return { kind: 'num', value: constant.value, name: constant.name, index: t.index };
    }
    const canonical = FUNCTION_ALIASES.get(t.text);
    const spec: FunctionSpec | undefined =
      canonical !== undefined ? FUNCTIONS.get(canonical) : this.dialect.extraFunctions.get(t.text);
    if (spec === undefined) {
      if (isCall && (t.text === 'f' || t.text === 'F') && this.dialect === OBJECTIVE_DIALECT) {
        throw new ExprSyntaxError(
          `Type only the formula ${at(t.index)}, without 'f(x, y) =': for example x^2 + 10 y^2.`,
          t.index,
        );
      }
      const what = isCall ? 'function' : 'name';
      throw new ExprSyntaxError(
        `Unknown ${what} '${t.text}' ${at(t.index)}: ${suggestName(t.text, this.dialect, isCall)}`,
        t.index,
      );
    }
    if (!isCall) {
      const squared = this.peek().type === 'op' && this.peek().text === '^';
      throw new ExprSyntaxError(
        squared
          ? `${t.text} needs parentheses ${at(t.index)}: write ${t.text}(x)^2 for the square of ${t.text}(x).`
          : `${t.text} needs parentheses ${at(t.index)}: write ${t.text}(x).`,
        t.index,
      );
    }
    const open = this.next();
    const args: Node[] = [];
    if (this.peek().type !== ')') {
      args.push(this.sum());
      while (this.peek().type === ',') {
        this.next();
        args.push(this.sum());
      }
    }
    this.close(open, `${t.text}(`);
    this.count(t.index);
    if (args.length < spec.minArgs || args.length > spec.maxArgs) {
      const wanted =
        spec.minArgs === spec.maxArgs
          ? `exactly ${spec.minArgs} argument${spec.minArgs === 1 ? '' : 's'}`
          : `${spec.minArgs} to ${spec.maxArgs} arguments`;
      throw new ExprSyntaxError(
        `${t.text} takes ${wanted} ${at(t.index)}, not ${args.length}.`,
        t.index,
      );
    }
    return { kind: 'call', fn: spec.name, args, index: t.index };
  }

  private close(open: Token, what: string): void {
    const t = this.peek();
    if (t.type === ')') {
      this.next();
      return;
    }
    if (t.type === 'eof' || t.type === 'sep') {
      throw new ExprSyntaxError(`Missing ')' to close ${what} ${at(open.index)}.`, open.index);
    }
    if (t.type === ',') {
      throw new ExprSyntaxError(
        `Unexpected comma ${at(t.index)}: commas only separate the arguments of min( , ) and max( , ).`,
        t.index,
      );
    }
    throw this.unexpected(t);
  }

  /** The error for a token where an operand was expected. */
  expected(t: Token): ExprSyntaxError {
    if (t.type === 'eof' || (t.type === 'sep' && t.text === '\n')) {
      const last = this.tokens[this.pos - 1];
      if (last === undefined || last.type === 'sep') {
        return new ExprSyntaxError('Type a formula, for example x^2 + 10 y^2.', 0);
      }
      return new ExprSyntaxError(
        `Something is missing after '${last.text}' ${at(last.index)}.`,
        t.type === 'eof' ? last.index : t.index,
      );
    }
    if (t.type === ')') {
      return new ExprSyntaxError(
        `Unexpected ')' ${at(t.index)}: something is missing before it, or it has no matching '('.`,
        t.index,
      );
    }
    if (t.type === 'op' || t.type === 'sup') {
      return new ExprSyntaxError(
        `Unexpected '${t.text}' ${at(t.index)}: a number, a name or '(' should come first.`,
        t.index,
      );
    }
    return this.unexpected(t);
  }

  /** The error for a token that cannot continue what came before. */
  unexpected(t: Token): ExprSyntaxError {
    switch (t.type) {
      case ')':
        return new ExprSyntaxError(`Unmatched ')' ${at(t.index)}.`, t.index);
      case ',':
        return new ExprSyntaxError(
          `Unexpected comma ${at(t.index)}: commas only separate the arguments of functions such as max(x, y).`,
          t.index,
        );
      case '=':
        return new ExprSyntaxError(
          `Unexpected '${t.text}' ${at(t.index)}: type only the formula, without '=' (for example x^2 + y^2).`,
          t.index,
        );
      case 'sep':
        return new ExprSyntaxError(
          `Unexpected ${t.text === ';' ? "';'" : 'line break'} ${at(t.index)}: something is missing before it.`,
          t.index,
        );
      default:
        return new ExprSyntaxError(`Unexpected '${t.text}' ${at(t.index)}.`, t.index);
    }
  }

  skipSeparators(): void {
    while (this.peek().type === 'sep') this.next();
  }
}

/**
 * Parses one formula of `dialect` (surrounding blank lines allowed). Throws ExprSyntaxError;
 * callers go through parseObjective / parseUpdateRule, which never throw.
 */
export function parseExpression(source: string, dialect: Dialect, limits: Limits = LIMITS): Node {
  checkLength(source, limits);
  const parser = new Parser(lex(source), dialect, limits);
  while (parser.peek().type === 'sep' && parser.peek().text === '\n') parser.next();
  const node = parser.sum();
  const stop = parser.peek();
  if (stop.type === 'sep' && stop.text === '\n') {
    // Trailing line breaks are whitespace; anything after them is a second formula.
    while (parser.peek().type === 'sep' && parser.peek().text === '\n') parser.next();
    const second = parser.peek();
    if (second.type !== 'eof') {
      throw new ExprSyntaxError(
        `Type a single formula: a second one starts ${at(second.index)}.`,
        second.index,
      );
    }
  } else if (stop.type === 'sep') {
    throw new ExprSyntaxError(
      `Unexpected ';' ${at(stop.index)}: type a single formula.`,
      stop.index,
    );
  } else if (stop.type !== 'eof') {
    throw parser.unexpected(stop);
  }
  return node;
}

/**
 * Parses `name = expression` statements separated by line breaks or ';' (blank ones skipped).
 * `checkTarget` maps the typed target to its canonical name, or throws ExprSyntaxError, before
 * the right-hand side is read (so the first mistake is the one reported).
 */
export function parseAssignments(
  source: string,
  dialect: Dialect,
  limits: Limits = LIMITS,
  checkTarget: (typed: string, index: number) => string = (typed) => typed,
): Assignment[] {
  checkLength(source, limits);
  const parser = new Parser(lex(source), dialect, limits);
  const out: Assignment[] = [];
  for (;;) {
    parser.skipSeparators();
    const t = parser.next();
    if (t.type === 'eof') return out;
    if (t.type !== 'ident') {
      throw new ExprSyntaxError(
        `Each line must have the form name = expression ${at(t.index)}, for example v = beta*v + g.`,
        t.index,
      );
    }
    const target = checkTarget(t.text, t.index);
    const eq = parser.next();
    if (eq.type !== '=') {
      throw new ExprSyntaxError(
        `Missing '=' ${at(eq.index)}: each line has the form ${t.text} = expression.`,
        eq.type === 'eof' ? t.index : eq.index,
      );
    }
    if (parser.peek().type === '=') {
      const e2 = parser.peek();
      throw new ExprSyntaxError(`Use a single '=' ${at(e2.index)}: it means "becomes".`, e2.index);
    }
    const expr = parser.sum();
    out.push({ target, targetIndex: t.index, expr });
    if (out.length > limits.maxRuleLines) {
      throw new ExprSyntaxError(
        `A rule has at most ${limits.maxRuleLines} lines ${at(t.index)}.`,
        t.index,
      );
    }
    const end = parser.peek();
    if (end.type === '=') {
      throw new ExprSyntaxError(
        `Unexpected '${end.text}' ${at(end.index)}: put each assignment on its own line, or separate them with ';'.`,
        end.index,
      );
    }
    if (end.type !== 'sep' && end.type !== 'eof') throw parser.unexpected(end);
  }
}

function checkLength(source: string, limits: Limits): void {
  if (source.length > limits.maxLength) {
    throw new ExprSyntaxError(
      `This is ${source.length} characters long: the limit is ${limits.maxLength}.`,
      limits.maxLength,
    );
  }
}
