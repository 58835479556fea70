import { execFile, spawnSync } from 'node:child_process';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, SUBMISSIONS_DIR } from '../../lib/assignments/fixtures/paths';
import { BROKEN_FIXTURES_DIR, LESSON_FIXTURES_DIR } from '../../lib/exercises/fixtures/paths';
import { runGrade } from './run';

/** Any character a terminal would act on, or that reorders the text shown. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A submission to momentum-week-1 as a student's browser writes it, with `over` on top. */
function submission(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...JSON.parse(fsSync.readFileSync(sub('alice-good.json'), 'utf8')),
    ...over,
  };
}

/** A fresh folder with these files (name → text) in it. */
async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'grade-'));
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), text);
  }
  return dir;
}

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
      'note: skipped paths.ts: not a .json or .zip file',
      'submissions/foreign-progress.json: is a "momentum-progress" file, not a momentum-submission',
      expect.stringMatching(/^submissions\/malformed\.json: is not valid JSON \(.+\)$/),
      'submissions/other-assignment.json: is for assignment "momentum-week-2", not "momentum-week-1": not graded',
      'warning: submissions/bob-partial.json: ignored answers to exercises not in the assignment: l9-not-in-assignment',
      'grade: 3 files rejected',
    ]);
    expect(out).toContain('Momentum, week 1 (momentum-week-1): 3 submissions graded');
    expect(out).toMatch(/Alice Archer\s+submissions\/alice-good\.json\s+1\s+1\s+1\s+1\s+1\s+5\/5/);
    expect(out).toMatch(/Bob Baker\s+submissions\/bob-partial\.json\s+1\s+0\s+0\s+0\s+0\s+1\/5/);
    expect(out).toMatch(
      /Mallory"\)\s+submissions\/mallory-tampered\.json\s+0!\s+1\s+1\s+0!\s+0\s+2\/5/,
    );
    expect(out).toContain('Per exercise:');
    expect(out).toContain(
      'l1-gd-factor: 2 of 3 solved, 3 answered, 0 used hints, 0 revealed the solution; common wrong answers: 0.2 (1)',
    );
    const lines = (await fs.readFile(csv, 'utf8')).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF"student","student id","file","submitted at","late","l1-gd-factor","l1-predict-zigzag","l2-tune","l2-ema-rule","l2-quadratic","total","max","hints shown","solutions revealed","flags"',
    );
    expect(lines[1]).toMatch(
      /^"'=HYPERLINK\(""http:\/\/evil\.example"",""Mallory""\)","","submissions\/mallory-tampered\.json","[^"]+","(no|yes)",0,1,1,0,0,2,5,0,"","tampered: l1-gd-factor l2-ema-rule"$/,
    );
    expect(lines[2]).toBe(
      '"Alice Archer","","submissions/alice-good.json","2025-03-12T18:30:00.000Z","no",1,1,1,1,1,5,5,0,"",""',
    );
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

  it('without the assignment file, grading is refused in one line naming the assignment (exit 2)', async () => {
    const { code, result, out, err } = await grade(sub('alice-good.json'), sub('bob-partial.json'));
    expect(code).toBe(2);
    expect(result).toBeUndefined();
    expect(out).toBe('');
    expect(err).toEqual([
      'grade: cannot grade assignment "momentum-week-1" (Momentum, week 1) without its file: its submissions do not say whether it changes exercise settings; give its file with --assignment <file>, or put it in the folder with the submissions',
    ]);
  });

  it('with the assignment file in the folder (no flag), grades with its settings', async () => {
    const dir = await folderWith({
      'assignment.json': fsSync.readFileSync(ASSIGNMENT, 'utf8'),
      'alice.json': fsSync.readFileSync(sub('alice-good.json'), 'utf8'),
    });
    const harder = JSON.parse(fsSync.readFileSync(ASSIGNMENT, 'utf8'));
    harder.exercises[2].overrides.goal.steps = 20;
    const tight = await folderWith({
      'assignment.json': JSON.stringify(harder),
      'alice.json': fsSync.readFileSync(sub('alice-good.json'), 'utf8'),
    });
    const found = await grade(dir);
    expect(found.code).toBe(0);
    expect(found.err).toEqual([
      `note: graded with the assignment file ${show(dir, 'assignment.json')}`,
    ]);
    expect(found.result?.rows[0].total).toBe(5);
    // The folder's assignment sets a 20-step budget that Alice's α, β do not meet.
    expect((await grade(tight)).result?.rows[0].scores['l2-tune']).toBe(0);
    await fs.rm(dir, { recursive: true });
    await fs.rm(tight, { recursive: true });
  });

  it('a zip of the submissions (an LMS’s "download all") grades like the folder', async () => {
    const files = {
      'assignment.json': fsSync.readFileSync(ASSIGNMENT, 'utf8'),
      'alice-good.json': fsSync.readFileSync(sub('alice-good.json'), 'utf8'),
      'bob-partial.json': fsSync.readFileSync(sub('bob-partial.json'), 'utf8'),
    };
    const dir = await folderWith(files);
    const zipDir = await folderWith({});
    const zip = zipSync(
      Object.fromEntries(
        Object.entries(files).map(([name, text]) => [`Week 1/${name}`, strToU8(text)]),
      ),
    );
    await fs.writeFile(path.join(zipDir, 'all.zip'), zip);
    const fromFolder = await grade(dir);
    const fromZip = await grade(path.join(zipDir, 'all.zip'));
    expect(fromZip.code).toBe(0);
    expect(fromZip.result?.rows.map((r) => [r.student, r.scores, r.total])).toEqual(
      fromFolder.result?.rows.map((r) => [r.student, r.scores, r.total]),
    );
    expect(fromZip.result?.rows.map((r) => r.file)).toEqual([
      `${show(zipDir, 'all.zip')}/Week 1/alice-good.json`,
      `${show(zipDir, 'all.zip')}/Week 1/bob-partial.json`,
    ]);
    await fs.rm(dir, { recursive: true });
    await fs.rm(zipDir, { recursive: true });
  });

  it('a damaged zip is one line naming it, and the other files are graded (exit 1)', async () => {
    const dir = await folderWith({ 'bad.zip': 'PK\u0003\u0004 not really a zip' });
    const { code, err, result } = await grade(
      path.join(dir, 'bad.zip'),
      sub('alice-good.json'),
      '--assignment',
      ASSIGNMENT,
    );
    expect(code).toBe(1);
    expect(err[0]).toMatch(/bad\.zip: is not a readable zip/);
    expect(result?.rows).toHaveLength(1);
    await fs.rm(dir, { recursive: true });
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

  describe('with files students wrote to attack the teacher', () => {
    const ESC = '\u001b';
    const hostile = {
      'title.json': submission({
        assignmentTitle: `${ESC}]0;pwned\u0007${ESC}[2J${ESC}[8mHidden`,
        student: { name: `Eve${ESC}[8m` },
      }),
      'name.json': submission({ student: { name: `Ali\u202ecod.exe${ESC}]52;c;aGk=\u0007` } }),
      'format.json': { format: `${ESC}]52;c;aGVsbG8=\u0007x` },
      'version.json': { format: 'momentum-submission', version: `${ESC}[2J9` },
      'assignment-id.json': submission({ assignmentId: `${ESC}[31mweek-9` }),
      'unknown-ids.json': submission({
        student: { name: 'Mal' },
        answers: {
          [`x${ESC}[2J`]: { answer: null, correct: true, attempts: 1, updatedAt: 1 },
        },
      }),
      'duplicate.json': submission({ student: { name: `Eve${ESC}[8m` } }),
      [`${ESC}[31mred.json`]: submission({ student: { name: 'Red' } }),
    };

    it('no student-supplied string reaches the terminal with a control or bidi character', async () => {
      const dir = await folderWith(
        Object.fromEntries(Object.entries(hostile).map(([k, v]) => [k, JSON.stringify(v)])),
      );
      for (const argv of [[dir, '--assignment', ASSIGNMENT], [path.join(dir, 'title.json')]]) {
        const { out, err } = await grade(...argv);
        const lines = [...out.split('\n'), ...err];
        for (const line of lines) expect(line, JSON.stringify(line)).not.toMatch(UNPRINTABLE);
      }
      // …and what was there still shows, defused.
      const { out, err } = await grade(dir, '--assignment', ASSIGNMENT);
      expect(out).toContain('Eve\uFFFD[8m');
      expect(out).toContain('\uFFFD[31mred.json');
      expect(err.join('\n')).toContain('\uFFFD]52;c;aGVsbG8=\uFFFDx');
      expect(err.join('\n')).toContain('unsupported submission version \uFFFD[2J9');
      expect((await grade(path.join(dir, 'title.json'))).err.join('\n')).toContain(
        '"momentum-week-1" (\uFFFD]0;pwned\uFFFD\uFFFD[2J\uFFFD[8mHidden) without its file',
      );
      await fs.rm(dir, { recursive: true });
    });

    it('a name written to start a formula through ";" is quoted and defused in the CSV', async () => {
      const dir = await folderWith({
        'bob.json': JSON.stringify(submission({ student: { name: "Bob;=cmd|' /C calc'!A0;" } })),
      });
      const csv = path.join(dir, 'grades.csv');
      await grade(path.join(dir, 'bob.json'), '--assignment', ASSIGNMENT, '--csv', csv);
      const text = await fs.readFile(csv, 'utf8');
      expect(text.split('\r\n')[1]).toMatch(/^"Bob;'=cmd\|' \/C calc'!A0;","","[^"]*bob\.json",/);
      for (const cell of text.split(/[;,\r\n]/)) expect(cell).not.toMatch(/^[=+\-@]/);
      await fs.rm(dir, { recursive: true });
    });
  });

  describe('with files as a careless teacher collects them', () => {
    it('reads a submission saved with a UTF-8 byte-order mark, as the grading page does', async () => {
      const dir = await folderWith({
        'alice.json': `\uFEFF${fsSync.readFileSync(sub('alice-good.json'), 'utf8')}`,
      });
      const { code, result } = await grade(
        path.join(dir, 'alice.json'),
        '--assignment',
        ASSIGNMENT,
      );
      expect(code).toBe(0);
      expect(result?.rows.map((r) => r.total)).toEqual([5]);
      await fs.rm(dir, { recursive: true });
    });

    it('says which entries of a folder it skips and why, and follows a link to a file', async () => {
      const alice = fsSync.readFileSync(sub('alice-good.json'), 'utf8');
      const dir = await folderWith({
        'alice.json': alice,
        'BOB.JSON': JSON.stringify(submission({ student: { name: 'Bob' } })),
        '.hidden/carol.json': JSON.stringify(submission({ student: { name: 'Carol' } })),
        '._alice.json': 'AppleDouble junk',
        'notes.txt': 'not a submission',
        'elsewhere/dave.json': JSON.stringify(submission({ student: { name: 'Dave' } })),
      });
      const inbox = path.join(dir, 'inbox');
      await fs.mkdir(inbox);
      for (const name of ['alice.json', 'BOB.JSON', '.hidden', '._alice.json', 'notes.txt'])
        await fs.rename(path.join(dir, name), path.join(inbox, name));
      await fs.symlink(path.join(dir, 'elsewhere/dave.json'), path.join(inbox, 'dave.json'));
      await fs.symlink(path.join(dir, 'elsewhere'), path.join(inbox, 'linked-folder'));
      spawnSync('mkfifo', [path.join(inbox, 'pipe.json')]);

      const { code, result, err } = await grade(inbox, '--assignment', ASSIGNMENT);
      expect(result?.rows.map((r) => r.student)).toEqual(['Alice Archer', 'Bob', 'Dave']);
      expect(err.filter((line) => line.startsWith('note:'))).toEqual([
        `note: skipped ${show(inbox, '._alice.json')}: a hidden file`,
        `note: skipped ${show(inbox, '.hidden')}: a hidden folder`,
        `note: skipped ${show(inbox, 'linked-folder')}: a link to a folder (not followed; name the folder itself)`,
        `note: skipped ${show(inbox, 'notes.txt')}: not a .json or .zip file`,
        `note: skipped ${show(inbox, 'pipe.json')}: not a regular file (a pipe, socket or device)`,
      ]);
      // Skipping is not rejecting: every submission that was there was read.
      expect(code).toBe(0);
      await fs.rm(dir, { recursive: true });
    });

    it('a file too large to be a submission is reported as too large, not read', async () => {
      const dir = await folderWith({});
      const huge = path.join(dir, 'huge.json');
      await fs.writeFile(huge, '');
      await fs.truncate(huge, 600_000_000); // sparse: takes no disk space
      const { code, err } = await grade(huge, sub('alice-good.json'), '--assignment', ASSIGNMENT);
      expect(code).toBe(1);
      expect(err).toContain(
        `${show(dir, 'huge.json')}: is too large to be a submission (600.0 MB; at most 10 MB)`,
      );
      await fs.rm(dir, { recursive: true });
    });

    it('two files of the same name in different folders are both graded', async () => {
      const dir = await folderWith({
        'a/week-1-alex.json': JSON.stringify(submission({ student: { name: 'Alex A' } })),
        'b/week-1-alex.json': JSON.stringify(submission({ student: { name: 'Alex B' } })),
      });
      const { result } = await grade(dir, '--assignment', ASSIGNMENT);
      expect(result?.rows.map((r) => r.student)).toEqual(['Alex A', 'Alex B']);
      await fs.rm(dir, { recursive: true });
    });
  });
});

/** A path as the command shows it: relative to the fixtures folder (the tests' cwd). */
function show(dir: string, name: string): string {
  return path.relative(FIXTURES_DIR, path.join(dir, name));
}
