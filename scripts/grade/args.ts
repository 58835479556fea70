/** What the grade command was asked to do. */
export interface GradeOptions {
  /** Submission files and folders, as typed. */
  inputs: string[];
  assignment?: string;
  csv?: string;
  /** The lessons folder the exercise catalog is extracted from. */
  content: string;
  help: boolean;
}

export const USAGE = `Usage: npm run grade -- <submission files or folders> [--assignment <file>] [--csv <out.csv>] [--content <lessons dir>]

Re-checks every answer in the submission files against the course's exercises and prints a
table (student × exercise) and a per-exercise summary. Folders are searched for *.json files
and *.zip files (an LMS's "download all submissions"); an assignment file found among them is
used as the assignment.

  --assignment <file>  the assignment the submissions answer. Without it (and without its file
                       in the folder) grading is refused, naming the assignment, unless its
                       submissions say it changes no settings: then every exercise at least half
                       of them list is graded with the lessons' own settings. Submissions for
                       another assignment are named and not graded. One student's several files:
                       the latest (submittedAt) is graded, the others are listed.
  --csv <file>         also write the grades as CSV (for a gradebook)
  --content <dir>      lessons folder (default content/lessons)

Exit code: 0 if every file was read, 1 if a file was rejected (the others are graded), 2 on\nusage errors and when grading is refused for want of the assignment file.`;

const VALUED = { '--assignment': 'assignment', '--csv': 'csv', '--content': 'content' } as const;

/** Parses the command line (after `--`); a mistake is a value with a one-line message. */
export function parseGradeArgs(
  argv: readonly string[],
): { ok: true; options: GradeOptions } | { ok: false; error: string } {
  const options: GradeOptions = { inputs: [], content: 'content/lessons', help: false };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || !arg.startsWith('-') || arg === '-') {
      options.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      options.help = true;
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (!Object.hasOwn(VALUED, flag)) return { ok: false, error: `unknown option ${flag}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      return { ok: false, error: `${flag} needs a value` };
    }
    const key = VALUED[flag as keyof typeof VALUED];
    if (key !== 'content' && options[key] !== undefined)
      return { ok: false, error: `${flag} is given twice` };
    options[key] = value;
  }
  if (!options.help && options.inputs.length === 0)
    return { ok: false, error: 'no submission files or folders given' };
  return { ok: true, options };
}
