/**
 * Size limits on what a learner may type. They are checked before anything recurses: the
 * length before lexing, parenthesis depth on the flat token list before parsing, and the node
 * count and nesting depth while parsing, so a megabyte of text or ten thousand nested
 * parentheses is refused in microseconds and never reaches a deep recursion.
 */
export const LIMITS: Limits = {
  /** Characters in one formula or one whole update rule. */
  maxLength: 500,
  /** Nesting depth: parentheses, function calls, unary signs and powers inside each other. */
  maxDepth: 64,
  /** Syntax-tree nodes in one formula or one whole update rule. */
  maxNodes: 1000,
  /** Statements (lines) in an update rule. */
  maxRuleLines: 20,
};

/** The shape of {@link LIMITS} (tests pass smaller ones to reach each limit cheaply). */
export interface Limits {
  readonly maxLength: number;
  readonly maxDepth: number;
  readonly maxNodes: number;
  readonly maxRuleLines: number;
}
