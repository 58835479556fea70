import { describe, expect, it } from 'vitest';
import type { ExerciseAnswer } from '../exercises/types';
import type { Progress } from '../progress/schema';
import { progressKeyFor } from '../progress/scope';
import { parseAssignmentFile } from './assignment';
import { readFixture } from './fixtures/paths';
import { askedExercises, assignmentFingerprint } from './fingerprint';
import { buildSubmission, parseSubmission, submissionFileName } from './submission';

const parsed = parseAssignmentFile(readFixture('assignment.json'));
if (!parsed.ok) throw new Error(parsed.error);
const assignment = parsed.assignment;

const entry = (answer: ExerciseAnswer | null, correct: boolean, updatedAt: number) => ({
  answer,
  correct,
  attempts: 1,
  hintsShown: 0,
  revealed: false,
  updatedAt,
});

describe('submissions', () => {
  it('buildSubmission(assignment, progress, name, now) takes the answered assignment exercises only', () => {
    const progress: Progress = {
      schema: 3,
      exercises: {
        'l1-gd-factor': entry({ value: 0.8 }, true, 2_000),
        'l1-predict-zigzag': entry(null, false, 3_000),
        elsewhere: entry({ value: 1 }, true, 1_000),
      },
    };
    const result = buildSubmission(assignment, progress, '  Ada  ', 10_000);
    expect(result).toEqual({
      ok: true,
      submission: {
        format: 'momentum-submission',
        version: 2,
        assignmentId: 'momentum-week-1',
        assignmentTitle: 'Momentum, week 1',
        fingerprint: assignmentFingerprint(assignment),
        exercises: askedExercises(assignment),
        student: { name: 'Ada' },
        createdAt: new Date(2_000).toISOString(),
        submittedAt: new Date(10_000).toISOString(),
        answers: {
          'l1-gd-factor': {
            answer: { value: 0.8 },
            correct: true,
            attempts: 1,
            updatedAt: 2_000,
            hintsShown: 0,
            revealed: false,
          },
        },
      },
    });
  });

  it('buildSubmission takes an assignment’s answer from its own settings’ record, never the lesson’s', () => {
    const tune = assignment.exercises.find((e) => e.id === 'l2-tune');
    const scoped = progressKeyFor('l2-tune', tune?.overrides);
    expect(scoped).not.toBe('l2-tune');
    const progress: Progress = {
      schema: 3,
      exercises: {
        'l2-tune': entry({ values: { lr: 0.5, beta: 0 } }, true, 1_000),
        [scoped]: entry({ values: { lr: 0.03, beta: 0.7 } }, true, 2_000),
      },
    };
    const built = buildSubmission(assignment, progress, 'Ada', 3_000, ' s-1 ');
    if (!built.ok) throw new Error(built.error);
    expect(built.submission.answers['l2-tune'].answer).toEqual({ values: { lr: 0.03, beta: 0.7 } });
    expect(built.submission.student).toEqual({ name: 'Ada', id: 's-1' });
    const lessonOnly = buildSubmission(
      assignment,
      { schema: 3, exercises: { 'l2-tune': progress.exercises['l2-tune'] } },
      'Ada',
      3_000,
    );
    expect(lessonOnly.ok && lessonOnly.submission.answers).toEqual({});
  });

  it('buildSubmission refuses an empty name', () => {
    expect(buildSubmission(assignment, { schema: 3, exercises: {} }, '   ', 0).ok).toBe(false);
  });

  it('a built submission parses back unchanged', () => {
    const built = buildSubmission(
      assignment,
      { schema: 3, exercises: { 'l1-gd-factor': entry({ value: 0.8 }, true, 5) } },
      'Ada',
      10,
    );
    if (!built.ok) throw new Error(built.error);
    expect(parseSubmission(JSON.stringify(built.submission), 'ada.json', assignment)).toEqual({
      ok: true,
      submission: built.submission,
      warnings: [],
    });
  });

  it('submissionFileName(submission) is safe on every file system', () => {
    const built = buildSubmission(assignment, { schema: 3, exercises: {} }, 'Zoë O’Brien / 2', 0);
    if (!built.ok) throw new Error(built.error);
    expect(submissionFileName(built.submission)).toBe('momentum-week-1-zoe-o-brien-2.json');
  });

  it('parseSubmission(text, file, assignment) reads a good submission', () => {
    expect(
      parseSubmission(readFixture('submissions/alice-good.json'), 'alice-good.json', assignment),
    ).toMatchObject({
      ok: true,
      submission: { student: { name: 'Alice Archer' } },
      warnings: [],
    });
  });

  it('parseSubmission drops answers to exercises outside the assignment, with a warning', () => {
    const result = parseSubmission(
      readFixture('submissions/bob-partial.json'),
      'bob-partial.json',
      assignment,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.submission.answers['l9-not-in-assignment']).toBeUndefined();
      expect(result.warnings).toEqual([
        'bob-partial.json: ignored answers to exercises not in the assignment: l9-not-in-assignment',
      ]);
    }
  });

  it.each([
    ['malformed.json', /^malformed\.json: is not valid JSON/],
    [
      'foreign-progress.json',
      /^foreign-progress\.json: is a "momentum-progress" file, not a momentum-submission$/,
    ],
    [
      'other-assignment.json',
      /^other-assignment\.json: is for assignment "momentum-week-2", not "momentum-week-1"$/,
    ],
  ])('parseSubmission rejects %s with a one-line error naming the file', (file, message) => {
    const result = parseSubmission(readFixture(`submissions/${file}`), file, assignment);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it.each([
    ['a wrong version', { version: 3 }, /unsupported submission version 3/],
    ['a missing student name', { student: {} }, /has no student name/],
    ['a blank student name', { student: { name: ' ' } }, /has no student name/],
    [
      'a bad answer record',
      { answers: { 'l1-gd-factor': { answer: 1, correct: 'yes' } } },
      /answers\.l1-gd-factor/,
    ],
    ['a JSON array', null, /not a JSON object/],
  ])('parseSubmission rejects %s', (_what, change, message) => {
    const good = JSON.parse(readFixture('submissions/alice-good.json'));
    const text = change === null ? '[]' : JSON.stringify({ ...good, ...change });
    const result = parseSubmission(text, 'x.json', assignment);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
  });
});

describe('submission errors quote a file’s values briefly', () => {
  it('a megabyte-long version is quoted in 60 characters', () => {
    const text = JSON.stringify({ format: 'momentum-submission', version: 'v'.repeat(1_000_000) });
    const result = parseSubmission(text, 'big.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeLessThan(150);
  });

  it('ten thousand unknown exercise ids are listed as the first ten and a count', () => {
    const built = buildSubmission(assignment, { schema: 3, exercises: {} }, 'Ada', 10);
    if (!built.ok) throw new Error(built.error);
    const answers = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, i) => [
        `x${i}`,
        { answer: null, correct: false, attempts: 0, updatedAt: 0 },
      ]),
    );
    const text = JSON.stringify({ ...built.submission, answers });
    const result = parseSubmission(text, 'many.json', assignment);
    expect(result.ok && result.warnings).toEqual([
      'many.json: ignored answers to exercises not in the assignment: x0, x1, x2, x3, x4, x5, x6, x7, x8, x9 and 9990 more',
    ]);
  });
});
