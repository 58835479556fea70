import { parseObjective, parseUpdateRule } from '../expr';
import type { ExerciseSpec } from './types';

/**
 * What the schema cannot see: a ParameterChallenge's objective must parse with lib/expr, as must
 * a FormulaAnswer's expected formula (the optimizer's name is checked by the schema), or no learner
 * could ever pass. Returns one message per problem (empty when all is well); lib/expr's messages
 * already say where ("at position 3", counting from 1).
 */
export function referenceProblems(spec: ExerciseSpec): string[] {
  if (spec.kind === 'parameter') {
    const parsed = parseObjective(spec.objective);
    return parsed.ok
      ? []
      : [`objective "${spec.objective}" does not parse: ${parsed.error.message}`];
  }
  if (spec.kind === 'formula') {
    const parsed =
      spec.form === 'objective' ? parseObjective(spec.expected) : parseUpdateRule(spec.expected);
    return parsed.ok ? [] : [`expected "${spec.expected}" does not parse: ${parsed.error.message}`];
  }
  return [];
}
