import { describe, expect, it } from 'vitest';
import { fixtureCourse, readFixture } from './fixtures/paths';
import { askedExercises, assignmentFingerprint } from './fingerprint';
import { planGrading, readHandedIn } from './plan';
import type { Assignment } from './assignment';

const { catalog, assignment } = fixtureCourse();
const REMEDY = 'give its file';

/** Alice's fixture answers, as a version-2 submission made under `made` for `name`. */
function submissionText(name: string, made: Assignment, extra: Record<string, unknown> = {}) {
  const data = JSON.parse(readFixture('submissions/alice-good.json'));
  return JSON.stringify({
    ...data,
    version: 2,
    assignmentId: made.id,
    fingerprint: assignmentFingerprint(made),
    exercises: askedExercises(made),
    student: { name },
    ...extra,
  });
}

/** The fixture assignment without its override: it changes no settings. */
const plain: Assignment = {
  ...assignment,
  exercises: assignment.exercises.map(({ id }) => ({ id })),
};

describe('planGrading', () => {
  it('readHandedIn(file, text) tells an assignment file from a submission', () => {
    expect(readHandedIn('a.json', readFixture('assignment.json')).kind).toBe('assignment');
    expect(readHandedIn('s.json', submissionText('Ann', assignment)).kind).toBe('submission');
    expect(readHandedIn('x.json', '{').kind).toBe('unreadable');
  });

  it('uses the assignment file found among the handed-in files', () => {
    const plan = planGrading(
      [
        readHandedIn('s.json', submissionText('Ann', assignment)),
        readHandedIn('assignment.json', readFixture('assignment.json')),
      ],
      catalog,
      null,
      REMEDY,
    );
    expect(plan).toMatchObject({ source: 'found', sourceFile: 'assignment.json', problems: [] });
    expect(plan.assignment?.exercises).toEqual(assignment.exercises);
  });

  it('refuses in one line naming the assignment when its settings matter and its file is missing', () => {
    const plan = planGrading(
      [readHandedIn('s.json', submissionText('Ann', assignment))],
      catalog,
      null,
      REMEDY,
    );
    expect(plan.assignment).toBeNull();
    expect(plan.refusal).toBe(
      'cannot grade assignment "momentum-week-1" (Momentum, week 1) without its file: it changes exercise settings; give its file',
    );
  });

  it('refuses version-1 submissions without the assignment file: they do not say whether settings changed', () => {
    const plan = planGrading(
      [readHandedIn('alice.json', readFixture('submissions/alice-good.json'))],
      catalog,
      null,
      REMEDY,
    );
    expect(plan.refusal).toMatch(/do not say whether it changes exercise settings/);
  });

  it('without a file, grades an assignment that changes no settings; another assignment’s file is named and skipped', () => {
    const other = { ...plain, id: 'week-9' };
    const plan = planGrading(
      [
        readHandedIn('ann.json', submissionText('Ann', plain)),
        readHandedIn('ben.json', submissionText('Ben', plain)),
        readHandedIn('odd.json', submissionText('Odd', other)),
      ],
      catalog,
      null,
      REMEDY,
    );
    expect(plan.source).toBe('lessons');
    expect(plan.submissions.map((s) => s.file)).toEqual(['ann.json', 'ben.json']);
    expect(plan.problems).toEqual([
      'odd.json: is for assignment "week-9", not "momentum-week-1": not graded',
    ]);
  });

  it('without a file, extra exercises one student lists never raise everyone’s maximum', () => {
    const more: Assignment = {
      ...plain,
      exercises: [...plain.exercises, { id: 'l1-window' }, { id: 'l2-effects' }],
    };
    const plan = planGrading(
      [
        readHandedIn('ann.json', submissionText('Ann', plain)),
        readHandedIn('ben.json', submissionText('Ben', plain)),
        readHandedIn('eve.json', submissionText('Eve', more)),
      ],
      catalog,
      null,
      REMEDY,
    );
    expect(plan.assignment?.exercises.map((e) => e.id)).toEqual(plain.exercises.map((e) => e.id));
  });

  it('refuses two different files for the same assignment rather than pick one', () => {
    const changed = { ...assignment, exercises: assignment.exercises.slice(1) };
    const plan = planGrading(
      [
        readHandedIn('s.json', submissionText('Ann', assignment)),
        readHandedIn('a.json', readFixture('assignment.json')),
        readHandedIn('b.json', JSON.stringify(changed)),
      ],
      catalog,
      null,
      REMEDY,
    );
    expect(plan.refusal).toBe(
      'different files for assignment "momentum-week-1" (a.json, b.json): keep the one the students used',
    );
  });

  it('with an assignment given, a submission for another assignment is named and the rest graded', () => {
    const plan = planGrading(
      [
        readHandedIn('ann.json', submissionText('Ann', assignment)),
        readHandedIn('odd.json', submissionText('Odd', { ...assignment, id: 'week-9' })),
      ],
      catalog,
      assignment,
      REMEDY,
    );
    expect(plan.source).toBe('given');
    expect(plan.submissions.map((s) => s.file)).toEqual(['ann.json']);
    expect(plan.problems).toEqual([
      'odd.json: is for assignment "week-9", not "momentum-week-1": not graded',
    ]);
  });
});
