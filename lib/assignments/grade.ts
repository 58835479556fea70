import { checkAnswer } from '../exercises/check';
import type { ExerciseSpec } from '../exercises/types';
import type { Assignment } from './assignment';
import type { Submission } from './submission';
import { ownValue } from '../untrusted/own';

/** One graded submission. */
export interface GradeRow {
  student: string;
  file: string;
  /** 1 when the submitted answer passes the re-check, else 0 (also when unanswered). */
  scores: Record<string, 0 | 1>;
  total: number;
  max: number;
  /** Exercises claimed correct whose answer fails every re-check: a hand-edited claim earns nothing. */
  tampered: string[];
}

export interface GradeResult {
  assignmentId: string;
  /** Exercise ids, in assignment order: the table's columns. */
  exercises: string[];
  /** Sorted by student name, then file. */
  rows: GradeRow[];
  /** Exercises missing from the course (scored 0 for everyone), students who submitted twice. */
  warnings: string[];
}

/**
 * Grades submissions by re-running every check from the submitted answers with `checkAnswer`
 * and the assignment's overrides; the claimed `correct` flags are never trusted. A claim of
 * `correct: true` whose answer fails is listed in `tampered` — unless the answer passes the
 * lesson's own version of the exercise: then the student solved the lesson, not the assignment's
 * variant, which is wrong but honest.
 */
export function gradeSubmissions(
  assignment: Assignment,
  catalog: ReadonlyMap<string, ExerciseSpec>,
  submissions: readonly { file: string; submission: Submission }[],
): GradeResult {
  return gradeResult(
    assignment,
    catalog,
    submissions.map((s) => gradeSubmission(assignment, catalog, s)),
  );
}

/** One submission's row (see `gradeSubmissions`): its answers re-checked, one by one. */
export function gradeSubmission(
  assignment: Assignment,
  catalog: ReadonlyMap<string, ExerciseSpec>,
  { file, submission }: { file: string; submission: Submission },
): GradeRow {
  const scores: Record<string, 0 | 1> = {};
  const tampered: string[] = [];
  for (const { id, overrides } of assignment.exercises) {
    const spec = catalog.get(id);
    const submitted = ownValue(submission.answers, id);
    const passes = !!spec && !!submitted && checkAnswer(spec, submitted.answer, overrides).correct;
    scores[id] = passes ? 1 : 0;
    if (
      spec &&
      submitted?.correct &&
      !passes &&
      !(overrides && checkAnswer(spec, submitted.answer).correct)
    ) {
      tampered.push(id);
    }
  }
  const total = Object.values(scores).reduce<number>((sum, s) => sum + s, 0);
  return {
    student: submission.student.name,
    file,
    scores,
    total,
    max: assignment.exercises.length,
    tampered,
  };
}

/**
 * The table from graded rows: sorted by student name, then file, with warnings for exercises
 * missing from the course and for students who handed in more than one file.
 */
export function gradeResult(
  assignment: Assignment,
  catalog: ReadonlyMap<string, ExerciseSpec>,
  graded: readonly GradeRow[],
): GradeResult {
  const exercises = assignment.exercises.map((e) => e.id);
  const warnings = assignment.exercises
    .filter((e) => !catalog.has(e.id))
    .map((e) => `exercise "${e.id}" is not in the course: scored 0 for everyone`);
  const rows = [...graded].sort(
    (a, b) => a.student.localeCompare(b.student) || a.file.localeCompare(b.file),
  );
  const byStudent = new Map<string, string[]>();
  for (const row of rows)
    byStudent.set(row.student, [...(byStudent.get(row.student) ?? []), row.file]);
  for (const [student, files] of byStudent) {
    if (files.length > 1)
      warnings.push(`${student} submitted ${files.length} files: ${files.join(', ')}`);
  }
  return { assignmentId: assignment.id, exercises, rows, warnings };
}
