import { checkChoice } from './check-choice';
import { checkFormula } from './check-formula';
import { checkNetwork } from './check-network';
import { checkNumeric } from './check-numeric';
import { checkParameter } from './check-parameter';
import type { CheckResult, ExerciseOverrides, ExerciseSpec } from './types';

/**
 * Checks a learner's answer against an exercise: pure, deterministic (seeded noise), and never
 * throwing — a malformed answer from storage or a hand-edited submission is just incorrect,
 * with a message. `overrides` (from an assignment) apply to parameter challenges only.
 * The browser and the grade CLI call this same function.
 */
export function checkAnswer(
  spec: ExerciseSpec,
  answer: unknown,
  overrides?: ExerciseOverrides,
): CheckResult {
  try {
    switch (spec.kind) {
      case 'numeric':
        return checkNumeric(spec, answer);
      case 'choice':
        return checkChoice(spec, answer);
      case 'parameter':
        return checkParameter(spec, answer, overrides);
      case 'formula':
        return checkFormula(spec, answer);
      case 'network':
        return checkNetwork(spec, answer);
    }
    return { correct: false, message: 'Unknown kind of exercise' };
  } catch (error) {
    // A bug in a checker must not crash a page or a whole grading run; it marks one answer wrong.
    return {
      correct: false,
      message: `The answer could not be checked: ${(error as Error).message}`,
    };
  }
}
