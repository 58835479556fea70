import { describe, expect, it } from 'vitest';
import { courseExercise } from '@/lib/test/course-exercise';
import { challengeFigure, figureOf, trajectoryPath, viewAround } from './challenge-figure';
import { checkParameter } from './check-parameter';
import { openingValues, runChallenge } from './run-challenge';
import type { ExerciseOverrides, ParameterSpec, RunDetail } from './types';

const challenge = (id: string) => courseExercise<ParameterSpec>(id);
const COURSE_CHALLENGES = ['l1-tune-gd', 'l4-tune-kappa-100', 'l6-rosenbrock-momentum'];

/** The grader's verdict on the challenge's opening values (what the worksheet figure shows). */
function graderOnOpening(spec: ParameterSpec, overrides?: ExerciseOverrides): RunDetail {
  return checkParameter(spec, { values: openingValues(spec) }, overrides).detail as RunDetail;
}

describe('the worksheet figure of a tuning challenge runs what the grader runs', () => {
  it.each(COURSE_CHALLENGES)(
    '%s: the figure reports the grader’s settle step and status for the opening values',
    (id) => {
      const spec = challenge(id);
      const data = challengeFigure(spec)!;
      const grader = graderOnOpening(spec);
      expect(data.settledAt).toBe(grader.settledAt);
      expect(data.status).toBe(grader.status);
    },
  );

  it('under an assignment’s overrides (noise, seed, goal) the figure follows the grader, not the lesson', () => {
    const spec = challenge('l4-tune-kappa-100');
    const overrides: ExerciseOverrides = { noise: 0.02, seed: 7, goal: { steps: 300, loss: 1e-3 } };
    const data = challengeFigure(spec, overrides)!;
    const grader = graderOnOpening(spec, overrides);
    expect(data.steps).toBe(300);
    expect(data.settledAt).toBe(grader.settledAt);
    expect(data.status).toBe(grader.status);
    // The drawn path is the grader's run, step for step, noise included.
    const ran = runChallenge(spec, openingValues(spec), overrides, { wholeBudget: true });
    if (!ran.ok) throw new Error(ran.message);
    expect(ran.request).toMatchObject({ noise: 0.02, seed: 7, steps: 300, tol: 1e-3 });
    const lesson = challengeFigure(spec)!;
    expect(data.trajectory).not.toBe(lesson.trajectory);
  });

  it('the worksheet figure draws the whole budget and says the opening values do not settle', () => {
    const spec = challenge('l4-tune-kappa-100');
    const data = challengeFigure(spec)!;
    expect(data.steps).toBe(spec.goal.steps);
    expect(data.settledAt).toBeNull();
    expect(data.status).toBe('max-steps');
  });

  it('a question’s figure is drawn from its own settings, and is null for a formula that does not parse', () => {
    const figure = {
      objective: '(x^2 + y^2)/2',
      optimizer: 'gd' as const,
      lr: 0.5,
      start: [2, 1] as [number, number],
      steps: 10,
    };
    const data = figureOf(figure)!;
    expect(data.lr).toBe(0.5);
    expect(data.beta).toBeUndefined();
    expect(data.steps).toBe(10);
    expect(figureOf({ ...figure, objective: 'x^' })).toBeNull();
  });
});

describe('openingValues', () => {
  it('takes the author’s initial values, else α at the low end of its range, held inside the range', () => {
    const spec = challenge('l4-tune-kappa-100');
    expect(openingValues(spec)).toEqual({ lr: 1, beta: 0 });
    expect(openingValues({ ...spec, initial: {} })).toEqual({ lr: 0.01, beta: 0 });
    expect(openingValues({ ...spec, initial: { lr: 9 } })).toEqual({ lr: 3.9, beta: 0 });
  });
});

describe('the figure’s geometry', () => {
  const bowl = { dim: 2, view: { x: [-4, 4], y: [-2, 2] } } as unknown as Parameters<
    typeof viewAround
  >[0];

  it('viewAround keeps the objective’s view when the start is inside it, and widens it by 5 % of the span otherwise', () => {
    expect(viewAround(bowl, [1, 1])).toEqual({ x: [-4, 4], y: [-2, 2] });
    const wide = viewAround(bowl, [5, -3]);
    expect(wide.x).toEqual([-4, 5 + 0.4]);
    expect(wide.y).toEqual([-3 - 0.2, 2]);
  });

  it('trajectoryPath moves to the first point, draws lines to the rest and clamps a diverging run to five spans out', () => {
    const view = { x: [0, 1] as [number, number], y: [0, 1] as [number, number] };
    const id = (v: number) => v;
    expect(
      trajectoryPath(
        [
          [0, 0],
          [0.5, 1],
        ],
        view,
        id,
        id,
      ),
    ).toBe('M0.0 0.0L0.5 1.0');
    expect(
      trajectoryPath(
        [
          [0, 0],
          [1e300, -1e300],
        ],
        view,
        id,
        id,
      ),
    ).toBe('M0.0 0.0L6.0 -5.0');
  });
});

describe('the words of a worksheet figure', () => {
  it('a challenge’s caption names the optimizer, the start, the opening values and what the run does', () => {
    const spec = challenge('l4-tune-kappa-100');
    const data = challengeFigure(spec)!;
    expect(data.caption).toBe(
      `The surface as contour lines and the heavy ball (momentum) from (-3.5, 1.5) with the starting values α = 1, β = 0: it has not settled below the goal after ${spec.goal.steps} steps.`,
    );
    // A typed formula does not know its minimizer: no cross to explain.
    expect(data.marks).toBe('The dot is the start.');
  });

  it('says where a run settles, and when it diverges', () => {
    const spec = challenge('l1-tune-gd');
    const settles = challengeFigure({ ...spec, initial: { lr: 1.8 } })!;
    expect(settles.settledAt).not.toBeNull();
    expect(settles.caption).toMatch(
      new RegExp(`α = 1\\.8: it stays below the goal from step ${settles.settledAt} on\\.$`),
    );
    const diverges = challengeFigure({
      ...spec,
      initial: { lr: 4 },
      ranges: { lr: [0.05, 5] },
    })!;
    expect(diverges.status).toBe('diverged');
    expect(diverges.caption).toMatch(
      new RegExp(`α = 4: it diverges after ${diverges.steps} steps\\.$`),
    );
  });

  it('a question’s caption quotes its surface and settings', () => {
    const data = figureOf({
      objective: '(x^2 + y^2)/2',
      optimizer: 'heavy-ball',
      lr: 0.1 + 0.2,
      beta: 0.9,
      start: [2, -1],
      steps: 10,
    })!;
    expect(data.caption).toBe(
      'The figure this question refers to: the surface f(x, y) = (x^2 + y^2)/2 as contour lines and 10 steps of the heavy ball (momentum) from (2, -1) with α = 0.3, β = 0.9.',
    );
  });
});
