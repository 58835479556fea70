import { formulasEquivalent, rulesEquivalent, type RuleHyper } from '../expr';
import { rounded } from '../plot/format';
import { formulaAnswerSchema, type CheckResult, type FormulaSpec } from './types';

/**
 * Correct iff the learner's formula is the expected one as a function, never by comparing
 * strings: objectives are compared by lib/expr `formulasEquivalent` at seeded random points,
 * update rules by `rulesEquivalent` along seeded trajectories — under lib/expr's default
 * hyper-parameter settings and, when the exercise gives `params`, under those too.
 * A formula that does not parse is incorrect with the parser's message.
 */
export function checkFormula(spec: FormulaSpec, answer: unknown): CheckResult {
  const parsed = formulaAnswerSchema.safeParse(answer);
  if (!parsed.success || !parsed.data.source.trim())
    return { correct: false, message: 'Nothing typed' };
  const { source } = parsed.data;
  if (spec.form === 'objective') {
    const comparison = formulasEquivalent(spec.expected, source);
    if (comparison.error) return learnerError(comparison.error);
    if (comparison.equivalent) return { correct: true };
    const point = comparison.counterexample?.point;
    return {
      correct: false,
      message: point
        ? `Not the same function: they differ at x = ${rounded(point[0], 3)}, y = ${rounded(point[1], 3)}`
        : 'Not the same function',
    };
  }
  const hypers: (RuleHyper[] | undefined)[] = [undefined];
  if (Object.keys(spec.params).length) hypers.push([{ lr: 0.02, beta: 0.9, ...spec.params }]);
  for (const hyper of hypers) {
    const comparison = rulesEquivalent(spec.expected, source, hyper ? { hyper } : {});
    if (comparison.error) return learnerError(comparison.error);
    if (!comparison.equivalent) {
      const step = comparison.counterexample?.step;
      return {
        correct: false,
        message: step
          ? `Not the same update: the iterates part at step ${step}`
          : 'Not the same update',
      };
    }
  }
  return { correct: true };
}

function learnerError(error: { message: string; which: 'a' | 'b' }): CheckResult {
  // 'a' is the author's formula, which the extractor has already parsed; only 'b' is expected.
  return {
    correct: false,
    message:
      error.which === 'b' ? error.message : `The exercise's formula is broken: ${error.message}`,
  };
}
