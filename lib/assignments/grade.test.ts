import { describe, expect, it } from 'vitest';
import { fixtureCourse, readFixture } from './fixtures/paths';
import { askedExercises, assignmentFingerprint } from './fingerprint';
import { gradeSubmissions } from './grade';
import { gradeCsv } from './report';
import { parseSubmission, type Submission } from './submission';

const { catalog, assignment } = fixtureCourse();

function submission(file: string): { file: string; submission: Submission } {
  const result = parseSubmission(readFixture(`submissions/${file}`), file, assignment);
  if (!result.ok) throw new Error(result.error);
  return { file, submission: result.submission };
}

describe('gradeSubmissions', () => {
  const result = gradeSubmissions(assignment, catalog, [
    submission('mallory-tampered.json'),
    submission('bob-partial.json'),
    submission('alice-good.json'),
  ]);

  it('gradeSubmissions(...) gives full marks to a good submission', () => {
    expect(result.rows.find((r) => r.file === 'alice-good.json')).toEqual({
      student: 'Alice Archer',
      studentId: '',
      file: 'alice-good.json',
      submittedAt: '2025-03-12T18:30:00.000Z',
      // Due 2025-03-14: a date alone ends at 23:59:59.999 UTC−12.
      late: false,
      hints: {},
      revealed: [],
      otherSettings: [],
      wrong: {},
      sameAnswersAs: [],
      answers: expect.any(Object),
      scores: {
        'l1-gd-factor': 1,
        'l1-predict-zigzag': 1,
        'l2-tune': 1,
        'l2-ema-rule': 1,
        'l2-quadratic': 1,
      },
      total: 5,
      max: 5,
      tampered: [],
    });
  });

  it('gradeSubmissions(...) scores a partly wrong submission by re-checking, not by its claims', () => {
    expect(result.rows.find((r) => r.file === 'bob-partial.json')).toMatchObject({
      // 0.8021 is inside 0.8 ± 0.005; everything else is wrong or missing.
      scores: {
        'l1-gd-factor': 1,
        'l1-predict-zigzag': 0,
        'l2-tune': 0,
        'l2-ema-rule': 0,
        'l2-quadratic': 0,
      },
      total: 1,
      tampered: [],
    });
  });

  it('gradeSubmissions(...) gives 0 for a hand-edited "correct: true" and lists it as tampered', () => {
    expect(result.rows.find((r) => r.file === 'mallory-tampered.json')).toMatchObject({
      // The start point x0, y0 = 0 is ignored: the challenge fixes it, so the run is honest.
      scores: {
        'l1-gd-factor': 0,
        'l1-predict-zigzag': 1,
        'l2-tune': 1,
        'l2-ema-rule': 0,
        'l2-quadratic': 0,
      },
      total: 2,
      tampered: ['l1-gd-factor', 'l2-ema-rule'],
    });
  });

  it('gradeSubmissions(...) sorts rows by student and lists exercises in assignment order', () => {
    expect(result.rows.map((r) => r.student)).toEqual([
      '=HYPERLINK("http://evil.example","Mallory")',
      'Alice Archer',
      'Bob Baker',
    ]);
    expect(result.exercises).toEqual([
      'l1-gd-factor',
      'l1-predict-zigzag',
      'l2-tune',
      'l2-ema-rule',
      'l2-quadratic',
    ]);
  });

  it('gradeSubmissions(...) does not call an answer tampered when it solves the lesson but not the assignment’s variant', () => {
    const harder = {
      ...assignment,
      exercises: [{ id: 'l2-tune', overrides: { goal: { steps: 20 } } }],
    };
    const graded = gradeSubmissions(harder, catalog, [submission('alice-good.json')]);
    expect(graded.rows[0]).toMatchObject({ scores: { 'l2-tune': 0 }, tampered: [] });
  });

  it('gradeSubmissions(...) flags two students who handed in the same typed answers, and says so in the CSV', () => {
    const alice = submission('alice-good.json');
    const copy = {
      file: 'carol.json',
      submission: { ...alice.submission, student: { name: 'Carol Cole' } },
    };
    const graded = gradeSubmissions(assignment, catalog, [
      alice,
      copy,
      submission('bob-partial.json'),
    ]);
    const row = (file: string) => graded.rows.find((r) => r.file === file);
    expect(row('alice-good.json')?.sameAnswersAs).toEqual(['Carol Cole']);
    expect(row('carol.json')?.sameAnswersAs).toEqual(['Alice Archer']);
    expect(row('bob-partial.json')?.sameAnswersAs).toEqual([]);
    expect(graded.warnings).toContainEqual(
      expect.stringMatching(
        /^Alice Archer \(alice-good\.json\), Carol Cole \(carol\.json\) handed in the same answers to the same 5 exercises, 4 of them typed or tuned: flagged/,
      ),
    );
    expect(gradeCsv(graded)).toContain('"same answers as: Alice Archer"');
  });

  it('gradeSubmissions(...) does not flag the same picked choices alone, nor one different digit', () => {
    const alice = submission('alice-good.json');
    const answers = alice.submission.answers;
    const choicesOnly = {
      file: 'dan.json',
      submission: {
        ...alice.submission,
        student: { name: 'Dan Dale' },
        answers: { 'l1-predict-zigzag': answers['l1-predict-zigzag'] },
      },
    };
    const aliceChoicesOnly = {
      ...alice,
      submission: { ...choicesOnly.submission, student: alice.submission.student },
    };
    const nudged = {
      file: 'erin.json',
      submission: {
        ...alice.submission,
        student: { name: 'Erin Eze' },
        answers: {
          ...answers,
          'l1-gd-factor': { ...answers['l1-gd-factor'], answer: { value: 0.801 } },
        },
      },
    };
    const graded = gradeSubmissions(assignment, catalog, [aliceChoicesOnly, choicesOnly]);
    expect(graded.rows.every((r) => r.sameAnswersAs.length === 0)).toBe(true);
    const near = gradeSubmissions(assignment, catalog, [alice, nudged]);
    expect(near.rows.every((r) => r.sameAnswersAs.length === 0)).toBe(true);
  });

  it('gradeSubmissions(...) scores exercises missing from the course 0, with a warning', () => {
    const graded = gradeSubmissions({ ...assignment, exercises: [{ id: 'gone' }] }, catalog, [
      submission('alice-good.json'),
    ]);
    expect(graded.rows[0]).toMatchObject({ scores: { gone: 0 }, total: 0, max: 1 });
    expect(graded.warnings).toEqual([
      'exercise "gone" is not in the course: scored 0 for everyone',
    ]);
  });

  it('gradeSubmissions(...) grades one student’s latest file only and lists the others', () => {
    const alice = submission('alice-good.json');
    const later = {
      file: 'alice-again.json',
      submission: {
        ...alice.submission,
        // The same student typed her name with a zero-width space and a double space.
        student: { name: ' Alice\u200b  Archer' },
        submittedAt: '2025-03-13T08:00:00.000Z',
        answers: {},
      },
    };
    const graded = gradeSubmissions(assignment, catalog, [alice, later]);
    expect(graded.rows.map((r) => r.file)).toEqual(['alice-again.json']);
    expect(graded.rows[0].total).toBe(0);
    expect(graded.superseded).toEqual([
      { file: 'alice-good.json', student: 'Alice Archer', keptFile: 'alice-again.json' },
    ]);
    expect(graded.warnings).toEqual([
      ' Alice\u200b  Archer handed in 2 files: graded alice-again.json (the latest), not graded: alice-good.json',
    ]);
  });

  it('gradeSubmissions(...) tells students apart by student id when they give one', () => {
    const alice = submission('alice-good.json');
    const twin = (id: string, file: string) => ({
      file,
      submission: { ...alice.submission, student: { name: 'Alice Archer', id } },
    });
    const graded = gradeSubmissions(assignment, catalog, [
      twin('s1', 'a1.json'),
      twin('s2', 'a2.json'),
    ]);
    expect(graded.rows.map((r) => r.studentId)).toEqual(['s1', 's2']);
    expect(graded.superseded).toEqual([]);
  });

  it('gradeSubmissions(...) flags a submission after the due date as late', () => {
    const alice = submission('alice-good.json');
    const late = {
      ...alice,
      submission: { ...alice.submission, submittedAt: '2025-03-15T12:00:00Z' },
    };
    expect(gradeSubmissions(assignment, catalog, [late]).rows[0].late).toBe(true);
    const noDue = gradeSubmissions({ ...assignment, due: undefined }, catalog, [late]);
    expect(noDue.rows[0].late).toBeUndefined();
  });

  it('gradeSubmissions(...) flags a submission made for other settings, and does not call it tampering', () => {
    const alice = submission('alice-good.json');
    const harder = {
      ...assignment,
      exercises: assignment.exercises.map((e) =>
        e.id === 'l2-tune' ? { ...e, overrides: { goal: { steps: 20 } } } : e,
      ),
    };
    const built = {
      ...alice,
      submission: {
        ...alice.submission,
        fingerprint: assignmentFingerprint(assignment),
        exercises: askedExercises(assignment),
      },
    };
    const graded = gradeSubmissions(harder, catalog, [built]);
    expect(graded.rows[0]).toMatchObject({
      scores: { 'l2-tune': 0 },
      tampered: [],
      otherSettings: ['l2-tune'],
    });
    expect(graded.warnings[0]).toMatch(/alice-good\.json: made for other settings of l2-tune/);
    expect(gradeSubmissions(assignment, catalog, [built]).rows[0].otherSettings).toEqual([]);
  });
});
