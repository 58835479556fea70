import { printable } from '../untrusted/printable';
import type { GradeResult, GradeRow } from './grade';
import { exerciseSummary } from './summary';

/** A score cell: 1 or 0, `!` when a correct claim failed, `*` when made for other settings. */
function scoreCell(row: GradeRow, id: string): string {
  const mark = row.tampered.includes(id) ? '!' : row.otherSettings.includes(id) ? '*' : '';
  return `${row.scores[id]}${mark}`;
}

function hintTotal(row: GradeRow): number {
  return Object.values(row.hints).reduce((sum, n) => sum + n, 0);
}

/**
 * The grades as an aligned plain-text table: one row per student, one column per exercise
 * (1 or 0, `0!` where a claimed-correct answer failed the re-check, `*` where the submission was
 * made for other settings), the total, hints opened, solutions revealed, and "late".
 */
export function gradeTable(result: GradeResult): string {
  const header = ['Student', 'File', ...result.exercises, 'Total', 'Hints', 'Sol.', 'Late'];
  const body = result.rows.map((row) => [
    row.studentId ? `${row.student} (${row.studentId})` : row.student,
    row.file,
    ...result.exercises.map((id) => scoreCell(row, id)),
    `${row.total}/${row.max}`,
    String(hintTotal(row)),
    String(row.revealed.length),
    row.late ? 'late' : '',
  ]);
  // Names and file names come from students' files: nothing in them may reach the terminal raw.
  const rows = [header, ...body].map((cells) => cells.map(printable));
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ];
  if (result.rows.some((r) => r.tampered.length))
    out.push('', '0! = claimed correct, but the answer fails the re-check');
  if (result.rows.some((r) => r.otherSettings.length))
    out.push('', '* = answered under other settings than this assignment file sets');
  if (!result.rows.length) out.push('(no submissions)');
  return out.join('\n');
}

/** The per-exercise summary as text lines: solved, hints, solutions, common wrong answers. */
export function summaryLines(result: GradeResult): string[] {
  return exerciseSummary(result).map((s) => {
    const wrong = s.commonWrong.length
      ? `; common wrong answers: ${s.commonWrong.map((w) => `${w.answer} (${w.count})`).join('; ')}`
      : '';
    return printable(
      `${s.id}: ${s.solved} of ${result.rows.length} solved, ${s.answered} answered, ${s.usedHints} used hints, ${s.revealedSolution} revealed the solution${wrong}`,
    );
  });
}

/** The byte-order mark that makes spreadsheets (Excel above all) read the CSV as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * The grades as CSV (RFC 4180: CRLF line ends, quotes doubled), starting with a UTF-8
 * byte-order mark so a spreadsheet shows "Zoë", not "ZoÃ«". Safe to open whatever the list
 * separator: every text cell is quoted, so a `;` or `,` in a name never starts a new cell in a
 * reader that honours quotes; and a formula trigger (= + - @) at the start of a cell, or after a
 * separator (`,` `;` tab `|`) and spaces, gets an apostrophe in front, so not even a reader that
 * splits lines naively on its separator (German and French spreadsheets use `;`) finds a cell
 * that starts a formula. Control and bidi characters are replaced (see `printable`).
 * Columns: student, student id (for the gradebook's match: Moodle's "ID number", Canvas's "SIS
 * User ID"), file, submitted at, late, one per exercise, total, max, hints shown, solutions
 * revealed, flags.
 */
export function gradeCsv(result: GradeResult): string {
  const header = [
    'student',
    'student id',
    'file',
    'submitted at',
    'late',
    ...result.exercises,
    'total',
    'max',
    'hints shown',
    'solutions revealed',
    'flags',
  ];
  const rows = result.rows.map((row) => [
    row.student,
    row.studentId,
    row.file,
    row.submittedAt,
    row.late === undefined ? '' : row.late ? 'yes' : 'no',
    ...result.exercises.map((id) => row.scores[id]),
    row.total,
    row.max,
    hintTotal(row),
    row.revealed.join(' '),
    flags(row),
  ]);
  return (
    UTF8_BOM + [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
  );
}

/** "tampered: q1; other settings: q2; same answers as: Bob" */
function flags(row: GradeRow): string {
  return [
    row.tampered.length ? `tampered: ${row.tampered.join(' ')}` : '',
    row.otherSettings.length ? `other settings: ${row.otherSettings.join(' ')}` : '',
    row.sameAnswersAs.length ? `same answers as: ${row.sameAnswersAs.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** A formula trigger at the start of the text or after a list separator, past any spaces. */
const FORMULA_START = /(^|[,;\t|])(\s*)(?=[=+\-@])/g;

/** One CSV field: numbers as they are, text printable, defused and always quoted. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const defused = printable(value).replace(FORMULA_START, "$1$2'");
  return `"${defused.replace(/"/g, '""')}"`;
}
