import type { ExerciseAnswer } from '../exercises/types';
import type { Progress } from '../progress/schema';
import { progressKeyOf, type ScormExercise } from './package-config';

/** The longest text a finite number can have in JSON (24 characters). */
export const LONGEST_NUMBER = -2.2250738585072014e-308;
/** The formula answer's limit (lib/exercises `formulaAnswerSchema`). */
export const MAX_FORMULA_CHARS = 2000;

/**
 * Progress with every exercise answered at its largest: the longest numbers, every option
 * picked, every parameter set, formulas at the 2,000-character limit made of a character JSON
 * writes as six (`\u0001`), tries and hints at the largest safe integer, solved and revealed.
 * What suspend_data must still fit in 4,096 characters.
 */
export function worstCaseProgress(exercises: readonly ScormExercise[]): Progress {
  const answerOf = (exercise: ScormExercise): ExerciseAnswer => {
    switch (exercise.kind) {
      case 'numeric':
        return { value: LONGEST_NUMBER };
      case 'formula':
        return { source: '\u0001'.repeat(MAX_FORMULA_CHARS) };
      case 'choice':
        return { selected: [...exercise.choices] };
      case 'parameter':
      case 'network':
        return { values: Object.fromEntries(exercise.set.map((name) => [name, LONGEST_NUMBER])) };
    }
  };
  return {
    schema: 3,
    exercises: Object.fromEntries(
      exercises.map((exercise) => [
        progressKeyOf(exercise),
        {
          answer: answerOf(exercise),
          correct: true,
          attempts: Number.MAX_SAFE_INTEGER,
          hintsShown: Number.MAX_SAFE_INTEGER,
          revealed: true,
          updatedAt: 0,
        },
      ]),
    ),
  };
}
