import type { ExerciseSpec } from '../exercises/types';
import {
  ASSIGNMENT_FORMAT,
  assignmentProblems,
  parseAssignmentValue,
  type Assignment,
} from './assignment';
import { assignmentFingerprint } from './fingerprint';
import { readJsonObject } from './json-file';
import { fitSubmission, parseSubmission, type Submission } from './submission';

/** A handed-in file, read: an assignment, a submission, or why it is neither. */
export type HandedIn =
  | { kind: 'assignment'; file: string; assignment: Assignment }
  | { kind: 'submission'; file: string; submission: Submission }
  | { kind: 'unreadable'; file: string; error: string };

/**
 * Reads one file a teacher gave the grader: an assignment file (the natural thing to drop with
 * the submissions, or to leave in their folder) is recognised by its format tag, anything else
 * is read as a submission. Errors are one line naming the file.
 */
export function readHandedIn(file: string, text: string): HandedIn {
  const json = readJsonObject(text);
  if (json.ok && json.data.format === ASSIGNMENT_FORMAT) {
    const parsed = parseAssignmentValue(json.data);
    return parsed.ok
      ? { kind: 'assignment', file, assignment: parsed.assignment }
      : { kind: 'unreadable', file, error: `${file}: ${parsed.error}` };
  }
  const parsed = parseSubmission(text, file);
  return parsed.ok
    ? { kind: 'submission', file, submission: parsed.submission }
    : { kind: 'unreadable', file, error: parsed.error };
}

/** What to grade, with what, and what is left out and why. */
export interface GradingPlan {
  /** The assignment to grade with; null when grading is refused (see `refusal`). */
  assignment: Assignment | null;
  /** Where the assignment came from: "a.json", "--assignment", or the lessons' own settings. */
  source: 'given' | 'found' | 'lessons' | null;
  /** The file it was found in, when found among the handed-in files. */
  sourceFile?: string;
  submissions: { file: string; submission: Submission }[];
  /** Files that are not graded, one line each naming the file. */
  problems: string[];
  warnings: string[];
  /** Why nothing is graded: one line naming the assignment whose file is missing. */
  refusal?: string;
}

/**
 * Decides what to grade, so that no grade is ever silently computed with the wrong settings.
 *
 * - The assignment is the one `given` (the --assignment flag, or the file picked on the page),
 *   else an assignment file among the handed-in files with the submissions' assignment id.
 * - The submissions' assignment is the id most of them carry (ties: the first in sort order);
 *   a file for another assignment is named and skipped, the others are graded.
 * - Without the assignment's file, the submissions are graded with the lessons' own settings
 *   only when they say (submission version 2) that their assignment changed no settings; then
 *   an exercise is graded when at least half of the submissions list it, so a file answering
 *   extra exercises never raises everyone's maximum. Otherwise grading is refused with one
 *   line naming the assignment (`remedy` says how to give its file).
 */
export function planGrading(
  files: readonly HandedIn[],
  catalog: ReadonlyMap<string, ExerciseSpec>,
  given: Assignment | null,
  remedy: string,
): GradingPlan {
  const problems = files.flatMap((f) => (f.kind === 'unreadable' ? [f.error] : []));
  const warnings: string[] = [];
  const found = files.flatMap((f) => (f.kind === 'assignment' ? [f] : []));
  const handedIn = files.flatMap((f) => (f.kind === 'submission' ? [f] : []));
  const refuse = (refusal: string): GradingPlan => ({
    assignment: null,
    source: null,
    submissions: [],
    problems,
    warnings,
    refusal,
  });
  if (handedIn.length === 0) return refuse('no submission could be read');

  const targetId = given?.id ?? mostCommon(handedIn.map((f) => f.submission.assignmentId));
  let assignment = given;
  let source: GradingPlan['source'] = given ? 'given' : null;
  let sourceFile: string | undefined;
  const sameId = found.filter((f) => f.assignment.id === targetId);
  for (const f of found) {
    if (f.assignment.id !== targetId)
      warnings.push(
        `${f.file}: the assignment "${f.assignment.id}" is not the one graded here ("${targetId}"): not used`,
      );
  }
  if (!assignment && sameId.length) {
    const versions = new Set(sameId.map((f) => assignmentFingerprint(f.assignment)));
    if (versions.size > 1)
      return refuse(
        `different files for assignment "${targetId}" (${sameId.map((f) => f.file).join(', ')}): keep the one the students used`,
      );
    assignment = sameId[0].assignment;
    source = 'found';
    sourceFile = sameId[0].file;
  } else if (given) {
    for (const f of sameId)
      if (assignmentFingerprint(f.assignment) !== assignmentFingerprint(given))
        warnings.push(
          `${f.file}: another version of "${targetId}" than the assignment given: not used`,
        );
  }

  const ofTarget = handedIn.filter((f) => {
    if (f.submission.assignmentId === targetId) return true;
    problems.push(
      `${f.file}: is for assignment "${f.submission.assignmentId}", not "${targetId}": not graded`,
    );
    return false;
  });

  if (!assignment) {
    const title = ofTarget[0].submission.assignmentTitle;
    const unknown = ofTarget.filter(
      (f) => !f.submission.exercises || f.submission.exercises.some((e) => e.fingerprint),
    );
    if (unknown.length) {
      const why = unknown.some((f) => f.submission.exercises)
        ? 'it changes exercise settings'
        : 'its submissions do not say whether it changes exercise settings';
      return refuse(
        `cannot grade assignment "${targetId}"${title ? ` (${title})` : ''} without its file: ${why}; ${remedy}`,
      );
    }
    const inferred = lessonSettingsAssignment(
      targetId,
      title,
      ofTarget.map((f) => f.submission),
      catalog,
    );
    if (!inferred)
      return refuse(`the submissions for "${targetId}" answer no exercise of this course`);
    assignment = inferred;
    source = 'lessons';
    warnings.push(
      `No file for assignment "${targetId}": it changes no settings, so it is graded with the lessons’ own settings.`,
    );
  }
  if (source !== 'lessons')
    for (const problem of assignmentProblems(assignment, catalog))
      warnings.push(`assignment "${assignment.id}": ${problem}`);

  const submissions: GradingPlan['submissions'] = [];
  for (const f of ofTarget) {
    const fitted = fitSubmission(f.submission, f.file, assignment);
    if (!fitted.ok) problems.push(fitted.error);
    else {
      warnings.push(...fitted.warnings);
      submissions.push({ file: f.file, submission: fitted.submission });
    }
  }
  return {
    assignment,
    source,
    ...(sourceFile ? { sourceFile } : {}),
    submissions,
    problems,
    warnings,
  };
}

/** The value most often in `values`; on a tie, the first in sort order. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0][0];
}

/**
 * The assignment as the lessons set it, for submissions that say their assignment changed no
 * settings: every exercise at least half of them list (in course order), no overrides.
 */
function lessonSettingsAssignment(
  id: string,
  title: string,
  submissions: readonly Submission[],
  catalog: ReadonlyMap<string, ExerciseSpec>,
): Assignment | null {
  const listed = new Map<string, number>();
  for (const s of submissions)
    for (const e of new Set((s.exercises ?? []).map((x) => x.id)))
      listed.set(e, (listed.get(e) ?? 0) + 1);
  const exercises = [...catalog.keys()]
    .filter((e) => (listed.get(e) ?? 0) * 2 >= submissions.length)
    .map((e) => ({ id: e }));
  if (!exercises.length) return null;
  return { format: ASSIGNMENT_FORMAT, version: 1, id, title: title || id, exercises };
}
