import { describe, expect, it } from 'vitest';
import { fixtureCourse, readFixture } from './fixtures/paths';
import { gradeSubmissions } from './grade';
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
      file: 'alice-good.json',
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

  it('gradeSubmissions(...) scores exercises missing from the course 0, with a warning', () => {
    const graded = gradeSubmissions({ ...assignment, exercises: [{ id: 'gone' }] }, catalog, [
      submission('alice-good.json'),
    ]);
    expect(graded.rows[0]).toMatchObject({ scores: { gone: 0 }, total: 0, max: 1 });
    expect(graded.warnings).toEqual([
      'exercise "gone" is not in the course: scored 0 for everyone',
    ]);
  });

  it('gradeSubmissions(...) warns when one student submitted twice', () => {
    const alice = submission('alice-good.json');
    const graded = gradeSubmissions(assignment, catalog, [
      alice,
      { ...alice, file: 'alice-again.json' },
    ]);
    expect(graded.warnings).toEqual([
      'Alice Archer submitted 2 files: alice-again.json, alice-good.json',
    ]);
  });
});
