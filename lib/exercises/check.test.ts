import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check';
import { numericTolerance } from './check-numeric';
import { applyOverrides } from './run-challenge';
import { extractCourseExercises } from './extract';
import { fixtureLessons } from './fixtures/paths';
import type { ChoiceSpec, ExerciseSpec, FormulaSpec, NumericSpec, ParameterSpec } from './types';

const extracted = extractCourseExercises(fixtureLessons());
if (!extracted.ok) throw new Error(JSON.stringify(extracted.errors));
const byId = new Map(extracted.exercises.map((e) => [e.id, e]));
const spec = <T extends ExerciseSpec>(id: string) => byId.get(id) as T;

const factor = spec<NumericSpec>('l1-gd-factor'); // 0.8 ± 0.005
const window = spec<NumericSpec>('l1-window'); // [9.5, 10.5]
const zigzag = spec<ChoiceSpec>('l1-predict-zigzag'); // steep
const effects = spec<ChoiceSpec>('l2-effects'); // damps + keeps
const tune = spec<ParameterSpec>('l2-tune'); // heavy ball on (x² + 100y²)/2, loss 1e-6 in 60 steps
const emaRule = spec<FormulaSpec>('l2-ema-rule');
const quadratic = spec<FormulaSpec>('l2-quadratic');

describe('checkAnswer: numeric', () => {
  it.each([
    [0.8, true],
    [0.805, true],
    [0.795, true],
    [0.806, false],
    [-0.8, false],
  ])('checkAnswer(0.8 ± 0.005, %s) is %s', (value, correct) => {
    expect(checkAnswer(factor, { value })).toEqual({ correct });
  });

  it.each([
    [9.5, true],
    [10.5, true],
    [10, true],
    [10.51, false],
  ])('checkAnswer(range [9.5, 10.5], %s) is %s', (value, correct) => {
    expect(checkAnswer(window, { value }).correct).toBe(correct);
  });

  it('numericTolerance(spec) defaults to 1e-3 of the answer', () => {
    expect(numericTolerance({ answer: -250 })).toBe(0.25);
    expect(checkAnswer({ ...factor, tolerance: undefined }, { value: 0.8008 }).correct).toBe(true);
    expect(checkAnswer({ ...factor, tolerance: undefined }, { value: 0.801 }).correct).toBe(false);
  });

  it.each([[{ value: '0.8' }], [{ value: NaN }], [{ value: Infinity }], [0.8], [null], [{}]])(
    'checkAnswer(numeric, %j) is "Not a number"',
    (answer) => {
      expect(checkAnswer(factor, answer)).toEqual({ correct: false, message: 'Not a number' });
    },
  );
});

describe('checkAnswer: choice', () => {
  it('checkAnswer(choice, { selected }) is correct for exactly the right choice', () => {
    expect(checkAnswer(zigzag, { selected: ['steep'] })).toEqual({
      correct: true,
      detail: { wrong: [], missing: [] },
    });
  });

  it('checkAnswer(choice, wrong) names the wrong pick so the UI can show its `why`', () => {
    expect(checkAnswer(zigzag, { selected: ['shallow'] })).toEqual({
      correct: false,
      detail: { wrong: ['shallow'], missing: ['steep'] },
    });
  });

  it('checkAnswer(multiple choice) compares sets, ignoring order and repeats', () => {
    expect(checkAnswer(effects, { selected: ['keeps', 'damps', 'keeps'] }).correct).toBe(true);
    expect(checkAnswer(effects, { selected: ['keeps'] })).toMatchObject({
      correct: false,
      detail: { missing: ['damps'] },
    });
  });

  it.each([
    [{ selected: [] }, 'No choice made'],
    [{ selected: 'steep' }, 'No choice made'],
    [{ selected: ['steep', 'shallow'] }, 'Pick one answer'],
    [{ selected: ['sideways'] }, 'Unknown choice: sideways'],
  ])('checkAnswer(choice, %j) says %s', (answer, message) => {
    expect(checkAnswer(zigzag, answer)).toEqual({ correct: false, message });
  });
});

describe('checkAnswer: parameter challenge', () => {
  it('checkAnswer(challenge, good values) passes by running the optimizer, and says how far it got', () => {
    const result = checkAnswer(tune, { values: { lr: 0.03, beta: 0.7 } });
    expect(result).toMatchObject({ correct: true, detail: { status: 'converged' } });
    const detail = result.detail as { settledAt: number; finalLoss: number };
    expect(detail.settledAt).toBeLessThanOrEqual(60);
    expect(detail.finalLoss).toBeLessThanOrEqual(1e-6);
    expect(result.message).toMatch(
      /^Stays below 1e-6 from step \d+ on \(loss \d\.\de-\d+ after \d+ steps\)$/,
    );
  });

  it('checkAnswer(challenge, plain gradient descent) fails with the loss it reached', () => {
    const result = checkAnswer(tune, { values: { lr: 0.005, beta: 0 } });
    expect(result).toMatchObject({
      correct: false,
      detail: { stepsTaken: 60, status: 'max-steps' },
    });
    expect(result.message).toBe('Loss 1.7e+0 after 60 steps; the goal is 1e-6 within 60 steps');
  });

  it('checkAnswer(challenge, values, overrides) uses the assignment’s step budget', () => {
    const values = { values: { lr: 0.02, beta: 0.8 } };
    expect(checkAnswer(tune, values).correct).toBe(false);
    expect(checkAnswer(tune, values, { goal: { steps: 120 } }).correct).toBe(true);
  });

  it('checkAnswer(challenge) does not pass a lucky dip: below the goal at step 75, above it again by 80', () => {
    const result = checkAnswer(tune, { values: { lr: 0.02, beta: 0.8 } }, { goal: { steps: 80 } });
    expect(result).toMatchObject({
      correct: false,
      detail: { firstDip: 75, settledAt: null, status: 'max-steps' },
    });
    expect(result.message).toBe(
      'Dipped below 1e-6 at step 75 but does not stay there: loss 1.6e-6 after 80 steps; the goal is to stay below 1e-6 from some step within 80 steps',
    );
  });

  it('checkAnswer(challenge, values, overrides) uses the assignment’s objective', () => {
    const values = { values: { lr: 0.03, beta: 0.7 } };
    expect(checkAnswer(tune, values, { objective: '(x^2 + 1000 y^2)/2' })).toMatchObject({
      correct: false,
      message: /^Diverged/,
    });
  });

  it('checkAnswer(challenge) is deterministic with seeded noise', () => {
    const values = { values: { lr: 0.03, beta: 0.7 } };
    const noisy = { noise: 0.05, seed: 3 };
    expect(checkAnswer(tune, values, noisy)).toEqual(checkAnswer(tune, values, noisy));
  });

  it.each([
    [{ values: { lr: 0.5, beta: 0.7 } }, 'lr = 0.5 is outside [0.0005, 0.03]'],
    [{ values: { lr: 0.03 } }, 'No value for beta'],
    [{ values: { lr: 0.03, beta: -0.1 } }, 'beta = -0.1 is outside [0, 0.99]'],
    [{ values: { lr: 0.03, beta: 0.7, gamma: 1 } }, 'Not a set of parameter values'],
    [{ lr: 0.03 }, 'Not a set of parameter values'],
  ])('checkAnswer(challenge, %j) refuses it: %s', (answer, message) => {
    expect(checkAnswer(tune, answer)).toEqual({ correct: false, message });
  });

  it('checkAnswer(challenge) ignores values for parameters the learner may not set', () => {
    const good = checkAnswer(tune, { values: { lr: 0.03, beta: 0.7 } });
    expect(checkAnswer(tune, { values: { lr: 0.03, beta: 0.7, x0: 0, y0: 0 } })).toEqual(good);
  });

  it('applyOverrides(spec, overrides) keeps the goal fields an assignment does not change', () => {
    expect(applyOverrides(tune, { goal: { steps: 80 } }).goal).toEqual({ loss: 1e-6, steps: 80 });
  });

  it('checkAnswer(challenge) reports a start point the core refuses instead of throwing', () => {
    const wide: ParameterSpec = {
      ...tune,
      set: ['lr', 'beta', 'x0'],
      ranges: { ...tune.ranges, x0: [-1e300, 1e300] },
    };
    expect(checkAnswer(wide, { values: { lr: 0.03, beta: 0.7, x0: 1e300 } })).toMatchObject({
      correct: false,
      message: /^Cannot run/,
    });
  });
});

describe('checkAnswer: formula', () => {
  it.each([
    ['0.5*x^2 + 5*y^2', true],
    ['(10 y^2 + x^2) / 2', true],
    ['x^2 + 10 y^2', false],
  ])('checkAnswer(objective (x^2 + 10 y^2)/2, %s) is %s', (source, correct) => {
    expect(checkAnswer(quadratic, { source }).correct).toBe(correct);
  });

  it.each([
    ['v = (1 - beta)*g + beta*v; w = w - v*lr', true],
    ['v = beta*v + (1-beta)*g\nw = w - lr*v', true],
    ['v = beta*v + g; w = w - lr*v', false],
    ['v = 0.9*v + 0.1*g; w = w - lr*v', false],
  ])('checkAnswer(EMA rule, %j) is %s', (source, correct) => {
    expect(checkAnswer(emaRule, { source }).correct).toBe(correct);
  });

  it('checkAnswer(formula, unparsable) returns the parser’s message', () => {
    expect(checkAnswer(quadratic, { source: 'x^2 +' })).toMatchObject({
      correct: false,
      message: expect.stringMatching(/position/),
    });
  });

  it('checkAnswer(formula, empty) says nothing was typed', () => {
    expect(checkAnswer(quadratic, { source: '  ' })).toEqual({
      correct: false,
      message: 'Nothing typed',
    });
  });
});

describe('checkAnswer never throws', () => {
  it('checkAnswer(any spec, any JSON value) returns a verdict', () => {
    const specs = [...byId.values()];
    fc.assert(
      fc.property(fc.constantFrom(...specs), fc.jsonValue(), (s, answer) => {
        expect(typeof checkAnswer(s, answer).correct).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
