import { describe, expect, it } from 'vitest';
import type { GradeResult } from './grade';
import { csvCell, gradeCsv, gradeTable } from './report';

const blank = {
  studentId: '',
  submittedAt: '2025-03-12T18:30:00.000Z',
  hints: {},
  revealed: [],
  otherSettings: [],
  wrong: {},
  sameAnswersAs: [],
  answers: {},
};

const result: GradeResult = {
  assignmentId: 'w1',
  assignmentTitle: 'Week 1',
  exercises: ['q1', 'q2'],
  rows: [
    {
      ...blank,
      student: 'Alice',
      file: 'a.json',
      scores: { q1: 1, q2: 1 },
      total: 2,
      max: 2,
      tampered: [],
    },
    {
      ...blank,
      student: '=cmd|"/c calc"!A1',
      file: 'm, "x".json',
      scores: { q1: 0, q2: 1 },
      total: 1,
      max: 2,
      tampered: ['q1'],
    },
  ],
  superseded: [],
  warnings: [],
};

describe('grade reports', () => {
  it('gradeTable(result) aligns columns and marks tampered claims', () => {
    expect(gradeTable(result)).toBe(
      [
        'Student            File         q1  q2  Total  Hints  Sol.  Late',
        '-----------------  -----------  --  --  -----  -----  ----  ----',
        'Alice              a.json        1   1    2/2      0     0',
        '=cmd|"/c calc"!A1  m, "x".json  0!   1    1/2      0     0',
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

  it('gradeCsv(result) writes RFC 4180 CSV with a UTF-8 BOM, CRLF, every text cell quoted, formulas defused', () => {
    expect(gradeCsv(result)).toBe(
      '\uFEFF"student","student id","file","submitted at","late","q1","q2","total","max","hints shown","solutions revealed","flags"\r\n' +
        '"Alice","","a.json","2025-03-12T18:30:00.000Z","",1,1,2,2,0,"",""\r\n' +
        `"'=cmd|""/c calc""!A1","","m, ""x"".json","2025-03-12T18:30:00.000Z","",0,1,1,2,0,"","tampered: q1"\r\n`,
    );
  });

  it('gradeCsv(result) keeps "Zoë" as UTF-8 behind a BOM, with the student id, late flag, hints and solutions', () => {
    const zoe: GradeResult = {
      ...result,
      due: '2025-03-11',
      rows: [
        {
          ...result.rows[0],
          student: 'Zoë',
          studentId: 's-042',
          late: true,
          hints: { q1: 2 },
          revealed: ['q2'],
          otherSettings: ['q2'],
        },
      ],
    };
    const csv = gradeCsv(zoe);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')[1]).toBe(
      '"Zoë","s-042","a.json","2025-03-12T18:30:00.000Z","yes",1,1,2,2,2,"q2","other settings: q2"',
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
      for (const cell of naiveCells(gradeCsv(hostile).replace(/^\uFEFF/, ''), separator))
        expect(cell.replace(/^"/, '')).not.toMatch(/^\s*[=+\-@]/);
    },
  );

  it('csvCell(number) leaves numbers alone, negative ones too', () => {
    expect(csvCell(-1)).toBe('-1');
  });
});
