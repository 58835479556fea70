/**
 * The grade command: `npm run grade -- <submission files or folders> [--assignment <file>]
 * [--csv <out.csv>] [--content <lessons dir>]`. All the work is in scripts/grade/run.ts.
 */
import { runGrade } from './grade/run';

const { code } = await runGrade(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
process.exitCode = code;
