import fs from 'node:fs/promises';
import path from 'node:path';
import { printable } from '../../lib/untrusted/printable';
import { parseAssignmentFile, type Assignment } from '../../lib/assignments/assignment';
import { gradeSubmissions, type GradeResult } from '../../lib/assignments/grade';
import { planGrading, readHandedIn, type HandedIn } from '../../lib/assignments/plan';
import { gradeCsv, gradeTable, summaryLines } from '../../lib/assignments/report';
import { filesFromZip } from '../../lib/assignments/zip';
import { parseGradeArgs, USAGE } from './args';
import { loadCatalog } from './catalog';
import { collectSubmissionFiles, describeFsError, readHandedInFile, readZipFile } from './files';

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
 * assignment given, every submission file and zip (an assignment file among them is used as the
 * assignment; a bad file is one line on stderr and grading goes on), decide what to grade with
 * (lib/assignments `planGrading`: refused, naming the assignment, when its file is missing and
 * its settings matter), grade by re-checking, print the table and the per-exercise summary,
 * write the CSV. Returns the exit code.
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

  let given: Assignment | null = null;
  if (options.assignment) {
    const read = await readHandedInFile(options.assignment, 'an assignment');
    if (!read.ok) return usage(`${show(options.assignment)}: ${read.error}`);
    const parsed = parseAssignmentFile(read.text);
    if (!parsed.ok) return usage(`${show(options.assignment)}: ${parsed.error}`);
    given = parsed.assignment;
  }

  let rejected = 0;
  const handedIn: HandedIn[] = [];
  const { files, skipped } = await collectSubmissionFiles(options.inputs, options.assignment);
  for (const entry of skipped) io.err(`note: skipped ${show(entry.path)}: ${entry.reason}`);
  for (const found of files) {
    if (found.ok && /\.zip$/i.test(found.path)) {
      const zip = await readZipFile(found.path);
      if (!zip.ok) {
        io.err(`${show(found.path)}: ${zip.error}`);
        rejected++;
        continue;
      }
      const inside = filesFromZip(show(found.path), zip.bytes);
      for (const note of inside.skipped) io.err(`note: skipped ${note}`);
      for (const problem of inside.problems) io.err(problem);
      rejected += inside.problems.length;
      for (const f of inside.files) handedIn.push(readHandedIn(f.name, f.text));
      continue;
    }
    const read = found.ok ? await readHandedInFile(found.path) : found;
    if (read.ok) handedIn.push(readHandedIn(show(found.path), read.text));
    else {
      io.err(`${show(found.path)}: ${read.error}`);
      rejected++;
    }
  }

  const plan = planGrading(
    handedIn,
    catalog,
    given,
    'give its file with --assignment <file>, or put it in the folder with the submissions',
  );
  for (const problem of plan.problems) io.err(problem);
  rejected += plan.problems.length;
  for (const warning of plan.warnings) io.err(`warning: ${warning}`);
  if (!plan.assignment) {
    io.err(`grade: ${plan.refusal ?? 'nothing to grade'}`);
    return { code: plan.refusal?.startsWith('cannot grade') ? EXIT.usage : EXIT.rejected };
  }
  const { assignment, submissions } = plan;
  if (plan.source === 'found') io.err(`note: graded with the assignment file ${plan.sourceFile}`);
  const result = gradeSubmissions(assignment, catalog, submissions);
  for (const warning of result.warnings) io.err(`warning: ${warning}`);
  io.out(
    `${assignment.title} (${assignment.id}): ${submissions.length} submission${submissions.length === 1 ? '' : 's'} graded`,
  );
  io.out('');
  io.out(gradeTable(result));
  if (result.rows.length) {
    io.out('');
    io.out('Per exercise:');
    for (const line of summaryLines(result)) io.out(`  ${line}`);
  }
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
