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

  it('gradeTable(result) says so when there are no submissions', () => {
    expect(gradeTable({ ...result, rows: [] })).toContain('(no submissions)');
  });

  it('gradeCsv(result) writes RFC 4180 CSV with CRLF and defused formulas', () => {
    expect(gradeCsv(result)).toBe(
      'student,file,q1,q2,total,max,tampered\r\n' +
        'Alice,a.json,1,1,2,2,\r\n' +
        `"'=cmd|""/c calc""!A1","m, ""x"".json",0,1,1,2,q1\r\n`,
    );
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
  ])('csvCell(%j) is %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('csvCell(number) leaves numbers alone, negative ones too', () => {
    expect(csvCell(-1)).toBe('-1');
  });
});
