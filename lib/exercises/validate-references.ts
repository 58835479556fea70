import { parseObjective, parseUpdateRule } from '../expr';
import { optimizerNames } from '../optim';
import type { ExerciseSpec } from './types';

/**
 * What the schema cannot see: a ParameterChallenge's optimizer must exist in lib/optim and its
 * objective must parse with lib/expr, as must a FormulaAnswer's expected formula, or no learner
 * could ever pass. Returns one message per problem (empty when all is well); lib/expr's messages
 * already say where ("at position 3", counting from 1).
 */
export function referenceProblems(spec: ExerciseSpec): string[] {
  if (spec.kind === 'parameter') {
    const problems: string[] = [];
    if (!(optimizerNames as readonly string[]).includes(spec.optimizer)) {
      problems.push(
        `optimizer "${spec.optimizer}" is unknown (known: ${optimizerNames.join(', ')})`,
      );
    }
    const parsed = parseObjective(spec.objective);
    if (!parsed.ok)
      problems.push(`objective "${spec.objective}" does not parse: ${parsed.error.message}`);
    return problems;
  }
  if (spec.kind === 'formula') {
    const parsed =
      spec.form === 'objective' ? parseObjective(spec.expected) : parseUpdateRule(spec.expected);
    return parsed.ok ? [] : [`expected "${spec.expected}" does not parse: ${parsed.error.message}`];
  }
  return [];
}
