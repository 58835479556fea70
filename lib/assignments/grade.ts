import { checkAnswer } from '../exercises/check';
import type { ExerciseSpec } from '../exercises/types';
import { ownValue } from '../untrusted/own';
import type { Assignment } from './assignment';
import { askedExercises, assignmentFingerprint } from './fingerprint';
import { deadlineOf, studentKey } from './identity';
import type { Submission } from './submission';

/** One graded submission. */
export interface GradeRow {
  student: string;
  /** The id the student gave (as in the school's gradebook), or ''. */
  studentId: string;
  file: string;
  /** When the file was made (ISO 8601, from the submission). */
  submittedAt: string;
  /** After the assignment's due date; undefined when the assignment has none. */
  late?: boolean;
  /** 1 when the submitted answer passes the re-check, else 0 (also when unanswered). */
  scores: Record<string, 0 | 1>;
  total: number;
  max: number;
  /** Exercises claimed correct whose answer fails every re-check: a hand-edited claim earns nothing. */
  tampered: string[];
  /** Hints the student opened, per exercise (only those with at least one). */
  hints: Record<string, number>;
  /** Exercises whose worked solution the student revealed. */
  revealed: string[];
  /**
   * Exercises the submission says were asked with other settings than the assignment graded
   * with (its fingerprint differs): the student answered another version of the assignment.
   */
  otherSettings: string[];
  /** Each wrong (or unchecked) answer, described, for the per-exercise summary. */
  wrong: Record<string, string>;
  /**
   * Other students (kept rows only) who handed in exactly the same answers: see
   * `sameAnswerSets`. Filled in by `gradeResult`; empty in a row on its own.
   */
  sameAnswersAs: string[];
  /** Every answer of the submission, described, by exercise id (what `sameAnswerSets` compares). */
  answers: Record<string, string>;
}

export interface GradeResult {
  assignmentId: string;
  assignmentTitle: string;
  due?: string;
  /** Exercise ids, in assignment order: the table's columns. */
  exercises: string[];
  /** One row per student (the latest file each), sorted by student name, then file. */
  rows: GradeRow[];
  /** Files not graded because the same student handed in a later one. */
  superseded: { file: string; student: string; keptFile: string }[];
  /** Exercises missing from the course (scored 0 for everyone), duplicates resolved, flags. */
  warnings: string[];
}

/**
 * Grades submissions by re-running every check from the submitted answers with `checkAnswer`
 * and the assignment's overrides; the claimed `correct` flags are never trusted. A claim of
 * `correct: true` whose answer fails is listed in `tampered` — unless the answer passes the
 * lesson's own version of the exercise, or the submission says it was made under other
 * settings (`otherSettings`): then the student solved another variant, which is wrong but honest.
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
  const hints: Record<string, number> = {};
  const revealed: string[] = [];
  const wrong: Record<string, string> = {};
  const answers: Record<string, string> = {};
  const otherSettings = settingsDiffering(assignment, submission);
  for (const { id, overrides } of assignment.exercises) {
    const spec = catalog.get(id);
    const submitted = ownValue(submission.answers, id);
    const passes = !!spec && !!submitted && checkAnswer(spec, submitted.answer, overrides).correct;
    scores[id] = passes ? 1 : 0;
    if (submitted) answers[id] = describeAnswer(submitted.answer);
    if (submitted && !passes) wrong[id] = answers[id];
    if (submitted?.hintsShown) hints[id] = submitted.hintsShown;
    if (submitted?.revealed) revealed.push(id);
    if (
      spec &&
      submitted?.correct &&
      !passes &&
      !otherSettings.includes(id) &&
      !(overrides && checkAnswer(spec, submitted.answer).correct)
    ) {
      tampered.push(id);
    }
  }
  const total = Object.values(scores).reduce<number>((sum, s) => sum + s, 0);
  const deadline = deadlineOf(assignment.due);
  return {
    student: submission.student.name,
    studentId: submission.student.id ?? '',
    file,
    submittedAt: submission.submittedAt,
    ...(deadline !== undefined ? { late: Date.parse(submission.submittedAt) > deadline } : {}),
    scores,
    total,
    max: assignment.exercises.length,
    tampered,
    hints,
    revealed,
    otherSettings,
    wrong,
    sameAnswersAs: [],
    answers,
  };
}

/**
 * The exercises whose settings, as the submission recorded them, differ from the assignment's
 * (all of them listed when the whole fingerprint differs but the list was not recorded).
 * Submissions of version 1 recorded nothing: nothing can be said.
 */
function settingsDiffering(assignment: Assignment, submission: Submission): string[] {
  if (!submission.fingerprint || submission.fingerprint === assignmentFingerprint(assignment))
    return [];
  const recorded = new Map((submission.exercises ?? []).map((e) => [e.id, e.fingerprint]));
  const differing = askedExercises(assignment)
    .filter((e) => !recorded.has(e.id) || recorded.get(e.id) !== e.fingerprint)
    .map((e) => e.id);
  // The list matches but the order or the set of exercises does not: say so on every exercise.
  return differing.length ? differing : assignment.exercises.map((e) => e.id);
}

/** An answer as a short text for the summary of wrong answers: "α=0.03, β=0.7", "0.75", "b, c". */
export function describeAnswer(answer: unknown): string {
  if (typeof answer !== 'object' || answer === null) return String(answer);
  const a = answer as { value?: unknown; selected?: unknown; values?: unknown; source?: unknown };
  if (typeof a.value === 'number') return String(a.value);
  if (Array.isArray(a.selected)) return a.selected.map(String).sort().join(', ') || '(none)';
  if (typeof a.source === 'string') return a.source.trim().replace(/\s+/g, ' ').slice(0, 120);
  if (typeof a.values === 'object' && a.values !== null)
    return Object.entries(a.values as Record<string, unknown>)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ');
  return JSON.stringify(answer).slice(0, 120);
}

/**
 * The table from graded rows. Several files from one student (same student id, or the same
 * name once normalised: lib/assignments `identity.ts`) are resolved by a stated rule: the latest
 * `submittedAt` is graded (on a tie, the file whose name sorts last), the others are listed as
 * superseded and named in a warning. Rows are sorted by student name, then file.
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
  const byStudent = new Map<string, GradeRow[]>();
  for (const row of graded) {
    const key = studentKey({ name: row.student, id: row.studentId });
    byStudent.set(key, [...(byStudent.get(key) ?? []), row]);
  }
  const rows: GradeRow[] = [];
  const superseded: GradeResult['superseded'] = [];
  for (const files of byStudent.values()) {
    const ordered = [...files].sort(
      (a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || compare(a.file, b.file),
    );
    const kept = ordered[ordered.length - 1];
    rows.push(kept);
    if (ordered.length === 1) continue;
    const others = ordered.slice(0, -1);
    for (const other of others)
      superseded.push({ file: other.file, student: other.student, keptFile: kept.file });
    warnings.push(
      `${kept.student} handed in ${ordered.length} files: graded ${kept.file} (the latest), not graded: ${others.map((o) => o.file).join(', ')}`,
    );
  }
  rows.sort((a, b) => a.student.localeCompare(b.student) || compare(a.file, b.file));
  for (const { group, typed } of sameAnswerSets(rows, catalog)) {
    for (const row of group)
      row.sameAnswersAs = group.filter((other) => other !== row).map((other) => other.student);
    warnings.push(
      `${group.map((row) => `${row.student} (${row.file})`).join(', ')} handed in the same answers to the same ${Object.keys(group[0].answers).length} exercises, ${typed} of them typed or tuned: flagged, worth a look`,
    );
  }
  for (const row of rows) {
    if (row.otherSettings.length)
      warnings.push(
        `${row.file}: made for other settings of ${row.otherSettings.join(', ')} than this assignment file sets (the assignment was changed after the link went out?): flagged`,
      );
  }
  return {
    assignmentId: assignment.id,
    assignmentTitle: assignment.title,
    ...(assignment.due ? { due: assignment.due } : {}),
    exercises,
    rows,
    superseded,
    warnings,
  };
}

/** Kinds whose answers are typed or tuned by the learner: two people rarely match by chance. */
const FREE_FORM_KINDS = new Set<ExerciseSpec['kind']>([
  'numeric',
  'formula',
  'parameter',
  'network',
]);

/** Free-form answers two submissions must share, at the least, to be called the same. */
const MIN_SHARED_FREE_FORM = 2;

/**
 * Students who handed in the same answer set: the same exercises answered, each with the same
 * answer (as `describeAnswer` writes it), among them at least two typed or tuned ones (a number,
 * a formula, α and β). Picked choices alone are not compared: a class that understood a
 * question picks the same option. Returns groups of two or more rows, in table order, with how
 * many of the shared answers are typed or tuned.
 */
export function sameAnswerSets(
  rows: readonly GradeRow[],
  catalog: ReadonlyMap<string, ExerciseSpec>,
): { group: GradeRow[]; typed: number }[] {
  const bySet = new Map<string, GradeRow[]>();
  const freeForm = new Map<string, number>();
  for (const row of rows) {
    const ids = Object.keys(row.answers).sort(compare);
    const typed = ids.filter((id) => {
      const kind = catalog.get(id)?.kind;
      return kind !== undefined && FREE_FORM_KINDS.has(kind);
    }).length;
    if (typed < MIN_SHARED_FREE_FORM) continue;
    const key = JSON.stringify(ids.map((id) => [id, row.answers[id]]));
    bySet.set(key, [...(bySet.get(key) ?? []), row]);
    freeForm.set(key, typed);
  }
  return [...bySet.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([key, group]) => ({ group, typed: freeForm.get(key) ?? 0 }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
