import { describe, expect, it } from 'vitest';
import { courseExercise } from '@/lib/test/course-exercise';
import { checkParameter } from './check-parameter';
import { liveChallengeRun, runChallenge } from './run-challenge';
import type { ExerciseOverrides, ParameterSpec, RunDetail } from './types';

describe('the learner’s live figure draws the graded run', () => {
  const spec = courseExercise<ParameterSpec>('l4-tune-kappa-100');
  // Noisy gradients with a seed, and a goal the learner's values reach.
  const overrides: ExerciseOverrides = { noise: 0.002, seed: 7, goal: { steps: 300, loss: 1e-3 } };
  const values = { lr: 1, beta: 0.8 };

  it('with noise and a seed, step for step up to where the grader stops, with its verdict', () => {
    const figure = liveChallengeRun(spec, values, overrides);
    const graded = runChallenge(spec, values, overrides);
    if (!figure.ok || !graded.ok) throw new Error('the challenge does not run');
    expect(figure.request).toEqual(graded.request);
    expect(figure.request).toMatchObject({ noise: 0.002, seed: 7, steps: 300, tol: 1e-3 });

    const drawn = figure.run.result.points.toArray();
    const checked = graded.run.result.points.toArray();
    expect(drawn.length).toBe(300 + 1);
    // The grader stops once the settle is proven; the figure goes on to the end of the budget.
    expect(checked.length).toBeLessThan(drawn.length);
    expect(drawn.slice(0, checked.length)).toEqual(checked);
    expect(figure.run.result.settledAt).toBe(graded.run.result.settledAt);

    const check = checkParameter(spec, { values }, overrides);
    const detail = check.detail as RunDetail;
    expect(check.correct).toBe(true);
    expect(figure.run.result.settledAt).toBe(detail.settledAt);
    expect(figure.run.result.status).toBe(detail.status);
  });

  it('a different seed draws a different run, as it grades one', () => {
    const one = liveChallengeRun(spec, values, overrides);
    const other = liveChallengeRun(spec, values, { ...overrides, seed: 8 });
    if (!one.ok || !other.ok) throw new Error('the challenge does not run');
    expect(other.run.result.points.toArray()).not.toEqual(one.run.result.points.toArray());
  });

  it('says why when the values are outside the ranges, as the grader does', () => {
    const figure = liveChallengeRun(spec, { lr: 99, beta: 0 }, overrides);
    const check = checkParameter(spec, { values: { lr: 99, beta: 0 } }, overrides);
    expect(figure.ok).toBe(false);
    if (!figure.ok) expect(check.message).toBe(figure.message);
  });
});
