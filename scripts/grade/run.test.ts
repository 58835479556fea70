import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, SUBMISSIONS_DIR } from '../../lib/assignments/fixtures/paths';
import { BROKEN_FIXTURES_DIR, LESSON_FIXTURES_DIR } from '../../lib/exercises/fixtures/paths';
import { runGrade } from './run';

const ASSIGNMENT = path.join(FIXTURES_DIR, 'assignment.json');
const sub = (name: string) => path.join(SUBMISSIONS_DIR, name);

/** Runs the command with captured output, paths shown relative to the fixtures folder. */
async function grade(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const { code, result } = await runGrade(['--content', LESSON_FIXTURES_DIR, ...argv], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: FIXTURES_DIR,
  });
  return { code, result, out: out.join('\n'), err };
}

describe('runGrade', () => {
  it('grading the fixtures folder prints the table, one line per bad file, and exits 1', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'grade-'));
    const csv = path.join(dir, 'grades.csv');
    const { code, out, err } = await grade(FIXTURES_DIR, '--assignment', ASSIGNMENT, '--csv', csv);
    expect(code).toBe(1);
    expect(err).toEqual([
      'warning: submissions/bob-partial.json: ignored answers to exercises not in the assignment: l9-not-in-assignment',
      'submissions/foreign-progress.json: is a "momentum-progress" file, not a momentum-submission',
      expect.stringMatching(/^submissions\/malformed\.json: is not valid JSON \(.+\)$/),
      'submissions/other-assignment.json: is for assignment "momentum-week-2", not "momentum-week-1"',
      'grade: 3 files rejected',
    ]);
    expect(out).toContain('Momentum, week 1 (momentum-week-1): 3 submissions graded');
    expect(out).toMatch(/Alice Archer\s+submissions\/alice-good\.json\s+1\s+1\s+1\s+1\s+1\s+5\/5/);
    expect(out).toMatch(/Bob Baker\s+submissions\/bob-partial\.json\s+1\s+0\s+0\s+0\s+0\s+1\/5/);
    expect(out).toMatch(
      /Mallory"\)\s+submissions\/mallory-tampered\.json\s+0!\s+1\s+1\s+0!\s+0\s+2\/5/,
    );
    const lines = (await fs.readFile(csv, 'utf8')).split('\r\n');
    expect(lines[0]).toBe(
      'student,file,l1-gd-factor,l1-predict-zigzag,l2-tune,l2-ema-rule,l2-quadratic,total,max,tampered',
    );
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Mallory"")",submissions/mallory-tampered.json,0,1,1,0,0,2,5,l1-gd-factor l2-ema-rule`,
    );
    expect(lines[2]).toBe('Alice Archer,submissions/alice-good.json,1,1,1,1,1,5,5,');
    await fs.rm(dir, { recursive: true });
  });

  it('grading only readable files exits 0', async () => {
    const { code, result } = await grade(
      sub('alice-good.json'),
      sub('bob-partial.json'),
      '--assignment',
      ASSIGNMENT,
    );
    expect(code).toBe(0);
    expect(result?.rows.map((r) => r.total)).toEqual([5, 1]);
  });

  it('without --assignment the assignment is inferred from the submissions', async () => {
    const { code, result, err } = await grade(sub('alice-good.json'), sub('bob-partial.json'));
    expect(code).toBe(0);
    expect(result?.exercises).toEqual([
      'l1-gd-factor',
      'l1-predict-zigzag',
      'l2-tune',
      'l2-ema-rule',
      'l2-quadratic',
    ]);
    expect(err).toEqual([
      'warning: submissions/bob-partial.json: ignored answers to exercises not in the assignment: l9-not-in-assignment',
    ]);
    // Without the assignment's overrides the lesson's 60-step goal applies: Alice still reaches it.
    expect(result?.rows[0].scores['l2-tune']).toBe(1);
  });

  it('without --assignment, submissions for different assignments are a usage error (exit 2)', async () => {
    const { code, err } = await grade(sub('alice-good.json'), sub('other-assignment.json'));
    expect(code).toBe(2);
    expect(err.at(-1)).toMatch(/different assignments \(momentum-week-1, momentum-week-2\)/);
  });

  it('a missing submission file is reported and counts as rejected (exit 1)', async () => {
    const { code, err } = await grade(
      sub('alice-good.json'),
      'nope.json',
      '--assignment',
      ASSIGNMENT,
    );
    expect(code).toBe(1);
    expect(err[0]).toMatch(/nope\.json: no such file or folder$/);
  });

  it('when no file can be read, each is reported and the exit code is 1', async () => {
    const { code, err } = await grade(sub('malformed.json'), sub('foreign-progress.json'));
    expect(code).toBe(1);
    expect(err).toHaveLength(3);
  });

  it.each([
    ['no inputs', [], /no submission files/],
    ['an unknown option', ['x.json', '--fast'], /unknown option --fast/],
    [
      'a missing assignment file',
      [sub('alice-good.json'), '--assignment', 'missing.json'],
      /missing\.json: no such file or folder/,
    ],
    [
      'a file that is not an assignment',
      [sub('alice-good.json'), '--assignment', sub('bob-partial.json')],
      /not a momentum-assignment/,
    ],
    [
      'broken lessons',
      [sub('alice-good.json'), '--content', BROKEN_FIXTURES_DIR],
      /cannot read the exercises/,
    ],
  ])('%s is a usage error (exit 2)', async (_what, argv, message) => {
    const { code, err } = await grade(...argv);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, out } = await grade('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: npm run grade/);
  });

  it('scripts/grade.ts runs as a command with the same exit code', async () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const run = promisify(execFile)(tsx, [
      'scripts/grade.ts',
      sub('alice-good.json'),
      '--assignment',
      ASSIGNMENT,
      '--content',
      LESSON_FIXTURES_DIR,
    ]);
    const { stdout } = await run;
    expect(stdout).toContain('1 submission graded');
    await expect(promisify(execFile)(tsx, ['scripts/grade.ts'])).rejects.toMatchObject({ code: 2 });
  });
});
