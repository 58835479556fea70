import { checkAnswer, numericTolerance, type ExerciseSpec } from '@/lib/exercises';
import { tunedStep } from '@/lib/nn/tuned-steps';
import { shortNumber } from '@/lib/plot/format';

export { PARAMETER_LABEL } from '@/lib/exercises/challenge-question';

export const KIND_LABEL: Record<ExerciseSpec['kind'], string> = {
  numeric: 'Number',
  choice: 'Multiple choice',
  parameter: 'Tuning challenge',
  formula: 'Formula',
  network: 'Training challenge',
};

/** The answer of a numeric exercise as a teacher reads it: "−0.8 (± 0.005)" or "between a and b". */
export function numericAnswerText(spec: Extract<ExerciseSpec, { kind: 'numeric' }>): string {
  if (spec.range)
    return `any value from ${shortNumber(spec.range[0])} to ${shortNumber(spec.range[1])}`;
  const answer = spec.answer as number;
  const tolerance = numericTolerance(spec);
  const relative = spec.tolerance === undefined ? ' (three significant figures)' : '';
  return `${shortNumber(answer)} (accepted: ± ${shortNumber(tolerance)}${relative})`;
}

export { optimizerLabel } from '@/lib/exercises/challenge-question';

/**
 * A setting that passes a network challenge, for the teacher's guide: the optimizer's tuned
 * step from the course's grid search (lib/nn/tuned-steps) with β = 0.9, held inside the allowed
 * ranges, checked at build time with the same `checkAnswer` as the page and the grader (about a
 * second of training). Null when it does not pass.
 */
export function findNetworkSetting(
  spec: Extract<ExerciseSpec, { kind: 'network' }>,
): { values: { lr: number; beta: number }; message: string } | null {
  let lr: number;
  try {
    lr = tunedStep(spec.optimizer, spec.batch);
  } catch {
    return null;
  }
  const clip = (name: 'lr' | 'beta', v: number) => {
    const range = spec.ranges[name];
    return range ? Math.min(range[1], Math.max(range[0], v)) : v;
  };
  const values = { lr: clip('lr', lr), beta: clip('beta', spec.initial.beta ?? 0.9) };
  const result = checkAnswer(spec, { values });
  return result.correct ? { values, message: result.message ?? '' } : null;
}
