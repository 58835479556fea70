import { printable } from '../untrusted/printable';
import type { GradeResult } from './grade';

/**
 * The grades as an aligned plain-text table: one row per submission, one column per exercise
 * (1 or 0, `0!` where a claimed-correct answer failed the re-check), then the total.
 */
export function gradeTable(result: GradeResult): string {
  const header = ['Student', 'File', ...result.exercises, 'Total'];
  const body = result.rows.map((row) => [
    row.student,
    row.file,
    ...result.exercises.map((id) => `${row.scores[id]}${row.tampered.includes(id) ? '!' : ''}`),
    `${row.total}/${row.max}`,
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
  if (!result.rows.length) out.push('(no submissions)');
  return out.join('\n');
}

/**
 * The grades as CSV (RFC 4180: CRLF line ends, quotes doubled), safe to open in a spreadsheet
 * whatever its list separator. Every text cell is quoted, so a `;` or `,` in a name never
 * starts a new cell in a reader that honours quotes; and a formula trigger (= + - @) at the
 * start of a cell, or after a separator (`,` `;` tab `|`) and spaces, gets an apostrophe in
 * front, so not even a reader that splits lines naively on its separator (German and French
 * spreadsheets use `;`) finds a cell that starts a formula. Control and bidi characters are
 * replaced (see `printable`). Columns: student, file, one per exercise, total, max, tampered.
 */
export function gradeCsv(result: GradeResult): string {
  const header = ['student', 'file', ...result.exercises, 'total', 'max', 'tampered'];
  const rows = result.rows.map((row) => [
    row.student,
    row.file,
    ...result.exercises.map((id) => row.scores[id]),
    row.total,
    row.max,
    row.tampered.join(' '),
  ]);
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A formula trigger at the start of the text or after a list separator, past any spaces. */
const FORMULA_START = /(^|[,;\t|])(\s*)(?=[=+\-@])/g;

/** One CSV field: numbers as they are, text printable, defused and always quoted. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const defused = printable(value).replace(FORMULA_START, "$1$2'");
  return `"${defused.replace(/"/g, '""')}"`;
}
