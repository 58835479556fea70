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
 * The grades as CSV (RFC 4180: CRLF line ends, fields with `,` `"` or line breaks quoted, quotes
 * doubled). Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or
 * CR) get a leading apostrophe. Columns: student, file, one per exercise, total, max, tampered.
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

/** One CSV field: numbers as they are, text defused and quoted when needed. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

// Control characters in a name would break the table's alignment or the terminal.
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ');
}
