import type { Assignment } from './assignment';
import type { Submission } from './submission';
import type { ExerciseSpec } from '../exercises/types';

/**
 * The assignment to grade against when none is given: the submissions' shared assignment id and
 * title, and every exercise any of them answered that exists in the course, in course order,
 * without overrides (only the assignment file knows them). Submissions for different
 * assignments cannot be graded together without `--assignment`. Answers to exercises outside
 * the course are left out (parseSubmission then warns about them, naming the file).
 */
export function inferAssignment(
  submissions: readonly Submission[],
  catalog: ReadonlyMap<string, ExerciseSpec>,
): { ok: true; assignment: Assignment } | { ok: false; error: string } {
  const ids = [...new Set(submissions.map((s) => s.assignmentId))];
  if (ids.length === 0) return { ok: false, error: 'no submission could be read' };
  if (ids.length > 1) {
    return {
      ok: false,
      error: `the submissions are for different assignments (${ids.join(', ')}): give the assignment file (--assignment <file>)`,
    };
  }
  const answered = new Set(submissions.flatMap((s) => Object.keys(s.answers)));
  const exercises = [...catalog.keys()].filter((id) => answered.has(id)).map((id) => ({ id }));
  if (exercises.length === 0)
    return { ok: false, error: 'the submissions answer no exercise of this course' };
  return {
    ok: true,
    assignment: {
      format: 'momentum-assignment',
      version: 1,
      id: ids[0],
      title: submissions[0].assignmentTitle || ids[0],
      exercises,
    },
  };
}
