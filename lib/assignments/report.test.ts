import { describe, expect, it } from 'vitest';
import type { GradeResult } from './grade';
import { csvCell, gradeCsv, gradeTable } from './report';

const result: GradeResult = {
  assignmentId: 'w1',
  exercises: ['q1', 'q2'],
  rows: [
    { student: 'Alice', file: 'a.json', scores: { q1: 1, q2: 1 }, total: 2, max: 2, tampered: [] },
    {
      student: '=cmd|"/c calc"!A1',
      file: 'm, "x".json',
      scores: { q1: 0, q2: 1 },
      total: 1,
      max: 2,
      tampered: ['q1'],
    },
  ],
  warnings: [],
};

describe('grade reports', () => {
  it('gradeTable(result) aligns columns and marks tampered claims', () => {
    expect(gradeTable(result)).toBe(
      [
        'Student            File         q1  q2  Total',
        '-----------------  -----------  --  --  -----',
        'Alice              a.json        1   1    2/2',
        '=cmd|"/c calc"!A1  m, "x".json  0!   1    1/2',
        '',
        '0! = claimed correct, but the answer fails the re-check',
      ].join('\n'),
    );
  });

  it('gradeTable(result) shows control and bidi characters in names and files as U+FFFD', () => {
    const table = gradeTable({
      ...result,
      rows: [{ ...result.rows[0], student: 'Eve\u001b[8m\u202e', file: '\u001b]0;x\u0007.json' }],
    });
    expect(table).toContain('Eve\uFFFD[8m\uFFFD  \uFFFD]0;x\uFFFD.json');
    expect(table).not.toMatch(
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
    );
  });

  it('gradeTable(result) says so when there are no submissions', () => {
    expect(gradeTable({ ...result, rows: [] })).toContain('(no submissions)');
  });

  it('gradeCsv(result) writes RFC 4180 CSV with CRLF, every text cell quoted, formulas defused', () => {
    expect(gradeCsv(result)).toBe(
      '"student","file","q1","q2","total","max","tampered"\r\n' +
        '"Alice","a.json",1,1,2,2,""\r\n' +
        `"'=cmd|""/c calc""!A1","m, ""x"".json",0,1,1,2,"q1"\r\n`,
    );
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['  =1+1', `"  '=1+1"`],
    ["Bob;=cmd|' /C calc'!A0;", `"Bob;'=cmd|' /C calc'!A0;"`],
    ['Bob,+cmd', `"Bob,'+cmd"`],
    ['Bob; -2+3', `"Bob; '-2+3"`],
    ['Bob\t@SUM(A1)', `"Bob\uFFFD@SUM(A1)"`],
    ['a|=b', `"a|'=b"`],
    ['line\nbreak', `"line\uFFFDbreak"`],
    ['say "hi"', `"say ""hi"""`],
    ['Anne-Marie', `"Anne-Marie"`],
    ['plain', `"plain"`],
  ])('csvCell(%j) is %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  /** Splits like a spreadsheet that ignores quotes would, on one list separator. */
  const naiveCells = (csv: string, separator: string) =>
    csv.split('\r\n').flatMap((line) => line.split(separator));

  it.each([';', ',', '\t', '|'])(
    'no cell of the CSV starts a formula even when split naively on %j',
    (separator) => {
      const hostile: GradeResult = {
        ...result,
        rows: [
          "Bob;=cmd|' /C calc'!A0;",
          'Eve,=HYPERLINK("http://x")',
          'Tab\t+1',
          'Pipe|@SUM(A1)',
          'Space; -1+1',
        ].map((student, i) => ({ ...result.rows[0], student, file: `f${i}.json` })),
      };
      for (const cell of naiveCells(gradeCsv(hostile), separator))
        expect(cell.replace(/^"/, '')).not.toMatch(/^\s*[=+\-@]/);
    },
  );

  it('csvCell(number) leaves numbers alone, negative ones too', () => {
    expect(csvCell(-1)).toBe('-1');
  });
});
