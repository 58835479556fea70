import type { ExerciseSpec } from '../exercises/types';
import type { Assignment } from './assignment';
import { gradeResult, gradeSubmission, type GradeResult, type GradeRow } from './grade';
import { planGrading, readHandedIn, type HandedIn } from './plan';
import type { Submission } from './submission';

/**
 * A file loaded on the grading page: its `name` as handed in, and a `label` unique among the
 * loaded files (the name, with " (2)" added when another file of that name is already loaded).
 * The object is never changed afterwards, so the board can remember what it found in it.
 */
export interface LoadedFile {
  readonly name: string;
  readonly label: string;
  readonly text: string;
}

/**
 * Adds dropped or picked files to those loaded, never losing one: a file with the same name and
 * the same content as a loaded one replaces it (it is the same file, loaded again); a file with
 * the same name and other content (two students' `week-1-alex.json` from two folders) is kept
 * beside it under a numbered label. Each replacement and each renaming is a notice. Linear in
 * the number of files: ten thousand files are added at once.
 */
export function addFiles(
  current: readonly LoadedFile[],
  incoming: readonly { name: string; text: string }[],
): { files: LoadedFile[]; notices: string[] } {
  const files = [...current];
  const notices: string[] = [];
  const labels = new Set(files.map((f) => f.label));
  // Where the search for a free " (n)" resumes, per name, so many namesakes stay linear too.
  const nextNumber = new Map<string, number>();
  const byName = new Map<string, LoadedFile[]>();
  const remember = (file: LoadedFile) => {
    files.push(file);
    labels.add(file.label);
    byName.set(file.name, [...(byName.get(file.name) ?? []), file]);
  };
  for (const file of current) byName.set(file.name, [...(byName.get(file.name) ?? []), file]);
  for (const { name, text } of incoming) {
    const namesakes = byName.get(name) ?? [];
    // The same file again (dropped twice, or picked again with others): nothing new to grade.
    if (namesakes.some((f) => f.text === text)) {
      notices.push(`${name} was loaded again: it replaces the identical copy loaded before.`);
      continue;
    }
    if (!labels.has(name)) {
      remember({ name, label: name, text });
      continue;
    }
    let n = nextNumber.get(name) ?? 2;
    while (labels.has(`${name} (${n})`)) n++;
    nextNumber.set(name, n + 1);
    const label = `${name} (${n})`;
    remember({ name, label, text });
    notices.push(
      `Two different files are named ${name}: both are kept, the one added last as “${label}”.`,
    );
  }
  return { files, notices };
}

/** What the grading page shows: the table, the files it could not grade, and warnings. */
export interface BoardOutcome {
  result: GradeResult | null;
  problems: string[];
  warnings: string[];
  /** Why nothing is graded (the assignment's file is missing and its settings matter). */
  refusal?: string;
  /** The assignment file found among the dropped files and graded with, if any. */
  foundAssignment?: string;
}

const NO_FILES: BoardOutcome = { result: null, problems: [], warnings: [] };

/** What the page tells a teacher who has not given the assignment's file. */
export const PAGE_REMEDY =
  'add its assignment file (pick it above, or drop it with the submissions)';

/**
 * The grading page's logic, remembering its work: each file is read once, and graded once per
 * assignment it is graded against, so adding one file to ten thousand re-checks one file, and
 * asking again with the same files and assignment (a re-render while a file is dragged over
 * the page) returns the same outcome without re-checking anything. What to grade with is
 * decided as the grade command decides it (lib/assignments `planGrading`): an assignment file
 * dropped with the submissions is used, and grading without a needed one is refused.
 */
export function createGradeBoard(
  catalog: ReadonlyMap<string, ExerciseSpec>,
): (files: readonly LoadedFile[], assignment: Assignment | null) => BoardOutcome {
  const read = new WeakMap<LoadedFile, HandedIn>();
  const graded = new WeakMap<
    LoadedFile,
    { target: string; submission: Submission; row: GradeRow }
  >();
  let last:
    | { files: readonly LoadedFile[]; assignment: Assignment | null; outcome: BoardOutcome }
    | undefined;

  const readOnce = (file: LoadedFile): HandedIn => {
    const cached = read.get(file);
    if (cached) return cached;
    const result = readHandedIn(file.label, file.text);
    read.set(file, result);
    return result;
  };

  const outcomeOf = (files: readonly LoadedFile[], assignment: Assignment | null): BoardOutcome => {
    if (files.length === 0) return NO_FILES;
    const byLabel = new Map(files.map((f) => [f.label, f]));
    const plan = planGrading(files.map(readOnce), catalog, assignment, PAGE_REMEDY);
    if (!plan.assignment)
      return {
        result: null,
        problems: plan.problems,
        warnings: plan.warnings,
        ...(plan.refusal ? { refusal: plan.refusal } : {}),
      };
    const target = plan.assignment;
    const key = JSON.stringify(target);
    const rows = plan.submissions.map(({ file, submission }) => {
      const loaded = byLabel.get(file);
      const cached = loaded && graded.get(loaded);
      if (cached && cached.target === key && cached.submission === submission) return cached.row;
      const row = gradeSubmission(target, catalog, { file, submission });
      if (loaded) graded.set(loaded, { target: key, submission, row });
      return row;
    });
    const result = gradeResult(target, catalog, rows);
    return {
      result,
      problems: plan.problems,
      warnings: [...plan.warnings, ...result.warnings],
      ...(plan.sourceFile ? { foundAssignment: plan.sourceFile } : {}),
    };
  };

  return (files, assignment) => {
    if (last && last.files === files && last.assignment === assignment) return last.outcome;
    const outcome = outcomeOf(files, assignment);
    last = { files, assignment, outcome };
    return outcome;
  };
}
