import fs from 'node:fs/promises';
import path from 'node:path';
import { printable } from '../../lib/untrusted/printable';
import {
  assignmentProblems,
  parseAssignmentFile,
  type Assignment,
} from '../../lib/assignments/assignment';
import { gradeSubmissions, type GradeResult } from '../../lib/assignments/grade';
import { gradeCsv, gradeTable } from '../../lib/assignments/report';
import { parseSubmission, type Submission } from '../../lib/assignments/submission';
import { parseGradeArgs, USAGE } from './args';
import { loadCatalog } from './catalog';
import { collectSubmissionFiles, describeFsError, readHandedInFile } from './files';
import { inferAssignment } from '../../lib/assignments/infer';

/** Where the command prints; tests capture it, the CLI passes the console. */
export interface GradeIo {
  out(line: string): void;
  err(line: string): void;
  /** Paths in messages are shown relative to this folder. Default: process.cwd(). */
  cwd?: string;
}

/** Exit codes: every file read, a file rejected, a usage (or setup) error. */
export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;

/**
 * The grade command: parse arguments, load the exercise catalog from the lessons, read the
 * assignment (or infer it), read every submission (a bad file is one line on stderr and
 * grading goes on), grade by re-checking, print the table, write the CSV. Returns the exit code.
 *
 * Titles, names, ids, file names and the values quoted in error lines all come from students'
 * files: every line goes through `printable` on its way out, so none of them can send a control
 * or bidi character to the teacher's terminal.
 */
export async function runGrade(
  argv: readonly string[],
  rawIo: GradeIo,
): Promise<{ code: number; result?: GradeResult }> {
  const safe = (text: string) => text.split('\n').map(printable).join('\n');
  const io: GradeIo = {
    out: (text) => rawIo.out(safe(text)),
    err: (text) => rawIo.err(safe(text)),
    cwd: rawIo.cwd,
  };
  const usage = (message: string) => {
    io.err(`grade: ${message}`);
    return { code: EXIT.usage };
  };
  const args = parseGradeArgs(argv);
  if (!args.ok) {
    io.err(USAGE);
    return usage(args.error);
  }
  const { options } = args;
  if (options.help) {
    io.out(USAGE);
    return { code: EXIT.ok };
  }
  const show = (file: string) => path.relative(io.cwd ?? process.cwd(), path.resolve(file)) || file;

  const loaded = await loadCatalog(options.content);
  if (!loaded.ok) {
    for (const error of loaded.errors) io.err(error);
    return usage(`cannot read the exercises in ${options.content}`);
  }
  const { catalog } = loaded;

  let assignment: Assignment | undefined;
  if (options.assignment) {
    const read = await readHandedInFile(options.assignment, 'an assignment');
    if (!read.ok) return usage(`${show(options.assignment)}: ${read.error}`);
    const parsed = parseAssignmentFile(read.text);
    if (!parsed.ok) return usage(`${show(options.assignment)}: ${parsed.error}`);
    assignment = parsed.assignment;
    for (const problem of assignmentProblems(assignment, catalog))
      io.err(`${show(options.assignment)}: warning: ${problem}`);
  }

  let rejected = 0;
  const texts: { file: string; text: string }[] = [];
  const { files, skipped } = await collectSubmissionFiles(options.inputs, options.assignment);
  for (const entry of skipped) io.err(`note: skipped ${show(entry.path)}: ${entry.reason}`);
  for (const found of files) {
    const read = found.ok ? await readHandedInFile(found.path) : found;
    if (read.ok) texts.push({ file: show(found.path), text: read.text });
    else {
      io.err(`${show(found.path)}: ${read.error}`);
      rejected++;
    }
  }

  if (!assignment) {
    const readable = texts.flatMap(({ file, text }) => {
      const parsed = parseSubmission(text, file);
      return parsed.ok ? [parsed.submission] : [];
    });
    if (readable.length === 0) {
      // Nothing to infer from: report every file's own problem below, then stop.
      for (const { file, text } of texts) {
        const parsed = parseSubmission(text, file);
        if (!parsed.ok) io.err(parsed.error);
      }
      io.err('grade: no submission could be read');
      return { code: texts.length || rejected ? EXIT.rejected : EXIT.usage };
    }
    const inferred = inferAssignment(readable, catalog);
    if (!inferred.ok) return usage(inferred.error);
    assignment = inferred.assignment;
  }

  const submissions: { file: string; submission: Submission }[] = [];
  for (const { file, text } of texts) {
    const parsed = parseSubmission(text, file, assignment);
    if (!parsed.ok) {
      io.err(parsed.error);
      rejected++;
      continue;
    }
    for (const warning of parsed.warnings) io.err(`warning: ${warning}`);
    submissions.push({ file, submission: parsed.submission });
  }

  const result = gradeSubmissions(assignment, catalog, submissions);
  for (const warning of result.warnings) io.err(`warning: ${warning}`);
  io.out(
    `${assignment.title} (${assignment.id}): ${submissions.length} submission${submissions.length === 1 ? '' : 's'} graded`,
  );
  io.out('');
  io.out(gradeTable(result));
  if (options.csv) {
    try {
      await fs.writeFile(options.csv, gradeCsv(result), 'utf8');
      io.out('');
      io.out(`CSV written to ${show(options.csv)}`);
    } catch (error) {
      return { ...usage(`cannot write ${show(options.csv)}: ${describeFsError(error)}`), result };
    }
  }
  if (rejected) io.err(`grade: ${rejected} file${rejected === 1 ? '' : 's'} rejected`);
  return { code: rejected ? EXIT.rejected : EXIT.ok, result };
}
