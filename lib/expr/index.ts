// The formula engine: learner-typed formulas and update rules → whitelisted syntax trees →
// closures. Pure TypeScript, no eval; this file only re-exports.
export { parseObjective, DEFAULT_VIEW } from './objective';
export type { FormulaObjective, ObjectiveParse } from './objective';
export { parseUpdateRule, ruleOptimizer, ruleTex, RULE_PRESETS } from './update-rule';
export type {
  RuleHyper,
  RuleParse,
  RuleState,
  RuleStatement,
  RuleTarget,
  UpdateRule,
} from './update-rule';
export { formulasEquivalent, rulesEquivalent } from './equivalence';
export type {
  FormulaComparison,
  FormulaComparisonOptions,
  RuleComparison,
  RuleComparisonOptions,
} from './equivalence';
export { safeKatexOptions } from './katex-options';
export { LIMITS } from './limits';
export type { SourceError, Failure } from './errors';
export type { Node, BinaryOp } from './ast';
export { parseExpression } from './parser';
export { OBJECTIVE_DIALECT, RULE_DIALECT } from './dialect';
export { differentiate, gradient } from './differentiate';
export { compile } from './compile';
export type { Compiled, LeafCompiler } from './compile';
export { fold } from './simplify';
export { toTex } from './tex';
export { print } from './print';
