import type { ExerciseSpec } from '../exercises/types';
import type { Assignment } from './assignment';
import { gradeResult, gradeSubmission, type GradeResult, type GradeRow } from './grade';
import { inferAssignment } from './infer';
import { parseSubmission, type ParseSubmissionResult } from './submission';

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
}

const NO_FILES: BoardOutcome = { result: null, problems: [], warnings: [] };

/**
 * The grading page's logic, remembering its work: each file is parsed once per assignment and
 * graded once per assignment it is graded against, so adding one file to ten thousand re-checks
 * one file, and asking again with the same files and assignment (a re-render while a file is
 * dragged over the page) returns the same outcome without re-checking anything.
 */
export function createGradeBoard(
  catalog: ReadonlyMap<string, ExerciseSpec>,
): (files: readonly LoadedFile[], assignment: Assignment | null) => BoardOutcome {
  const parsed = new WeakMap<
    LoadedFile,
    { assignment: Assignment | null; result: ParseSubmissionResult }
  >();
  const graded = new WeakMap<LoadedFile, { target: string; row: GradeRow }>();
  let last:
    | { files: readonly LoadedFile[]; assignment: Assignment | null; outcome: BoardOutcome }
    | undefined;

  const parse = (file: LoadedFile, assignment: Assignment | null): ParseSubmissionResult => {
    const cached = parsed.get(file);
    if (cached && cached.assignment === assignment) return cached.result;
    const result = parseSubmission(file.text, file.label, assignment ?? undefined);
    parsed.set(file, { assignment, result });
    return result;
  };

  const outcomeOf = (files: readonly LoadedFile[], assignment: Assignment | null): BoardOutcome => {
    if (files.length === 0) return NO_FILES;
    const problems: string[] = [];
    const warnings: string[] = [];
    const readable: {
      file: LoadedFile;
      submission: Extract<ParseSubmissionResult, { ok: true }>['submission'];
    }[] = [];
    for (const file of files) {
      const result = parse(file, assignment);
      if (result.ok) {
        readable.push({ file, submission: result.submission });
        warnings.push(...result.warnings);
      } else problems.push(result.error);
    }
    if (readable.length === 0) return { result: null, problems, warnings };
    let target = assignment;
    if (!target) {
      const inferred = inferAssignment(
        readable.map((r) => r.submission),
        catalog,
      );
      if (!inferred.ok) return { result: null, problems: [...problems, inferred.error], warnings };
      target = inferred.assignment;
      warnings.push(
        'No assignment file: graded every answered exercise with the lessons’ own settings.',
      );
    }
    const key = JSON.stringify(target);
    const rows = readable.map(({ file, submission }) => {
      const cached = graded.get(file);
      if (cached && cached.target === key) return cached.row;
      const row = gradeSubmission(target, catalog, { file: file.label, submission });
      graded.set(file, { target: key, row });
      return row;
    });
    const result = gradeResult(target, catalog, rows);
    return { result, problems, warnings: [...warnings, ...result.warnings] };
  };

  return (files, assignment) => {
    if (last && last.files === files && last.assignment === assignment) return last.outcome;
    const outcome = outcomeOf(files, assignment);
    last = { files, assignment, outcome };
    return outcome;
  };
}
