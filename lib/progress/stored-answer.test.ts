import { describe, expect, it } from 'vitest';
import type {
  ChoiceSpec,
  FormulaSpec,
  NetworkSpec,
  NumericSpec,
  ParameterSpec,
} from '../exercises/types';
import { storedAnswerFor } from './stored-answer';

const base = { lesson: 'l', hintCount: 0, hasSolution: false, predict: false };
const numeric: NumericSpec = { ...base, id: 'n', kind: 'numeric', answer: 1, tolerance: 0.1 };
const choice: ChoiceSpec = {
  ...base,
  id: 'c',
  kind: 'choice',
  choices: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
  correct: ['a'],
  multiple: false,
};
const parameter: ParameterSpec = {
  ...base,
  id: 'p',
  kind: 'parameter',
  objective: 'x^2',
  optimizer: 'heavy-ball',
  set: ['lr', 'beta'],
  initial: {},
  ranges: { lr: [0.01, 3.9], beta: [0, 0.99] },
  start: [1, 1],
  goal: { loss: 1e-6, steps: 80 },
};
const formula: FormulaSpec = {
  ...base,
  id: 'f',
  kind: 'formula',
  form: 'objective',
  expected: 'x^2',
  params: {},
};

const network: NetworkSpec = {
  ...base,
  id: 'w',
  kind: 'network',
  optimizer: 'heavy-ball',
  set: ['lr', 'beta'],
  initial: {},
  ranges: { lr: [0.01, 2], beta: [0, 0.99] },
  goal: { accuracy: 0.9, epochs: 40 },
  batch: 0,
  hidden: 16,
  seed: 1,
};

describe('storedAnswerFor', () => {
  it.each([
    ['numeric', numeric, { value: 0.8 }],
    ['choice', choice, { selected: ['b'] }],
    ['parameter', parameter, { values: { lr: 1.5, beta: 0.6 } }],
    ['formula', formula, { source: 'x^2 + y' }],
    ['network', network, { values: { lr: 0.5, beta: 0.9 } }],
  ] as const)('reads a well-formed %s answer as it is', (_kind, spec, answer) => {
    expect(storedAnswerFor(spec, answer)).toEqual(answer);
  });

  it.each([
    ['a string where α should be', parameter, { values: { lr: 'abc' } }],
    ['a string where a network’s β should be', network, { values: { beta: 'abc' } }],
    ['null where α should be', parameter, { values: { lr: null } }],
    ['a string for a number', numeric, { value: '0.8' }],
    ['another kind’s answer', numeric, { selected: ['a'] }],
    ['a formula that is not text', formula, { source: 42 }],
    ['a choice list that is not a list', choice, { selected: 'a' }],
    ['nothing', numeric, null],
    ['a nested array', numeric, [[[[0]]]]],
  ] as const)('gives nothing for %s', (_what, spec, stored) => {
    expect(storedAnswerFor(spec, stored)).toBeUndefined();
  });

  it('drops choices the exercise does not offer and keeps one for a single-answer question', () => {
    expect(storedAnswerFor(choice, { selected: ['zz', 'b', 'a'] })).toEqual({ selected: ['b'] });
    expect(storedAnswerFor(choice, { selected: ['zz'] })).toBeUndefined();
    expect(
      storedAnswerFor({ ...choice, multiple: true }, { selected: ['a', 'b', 'a', 'zz'] }),
    ).toEqual({ selected: ['a', 'b'] });
  });

  it('keeps only the parameters the learner may set, clamped into their ranges', () => {
    expect(storedAnswerFor(parameter, { values: { lr: 1e300, beta: -2, x0: 5 } })).toEqual({
      values: { lr: 3.9, beta: 0 },
    });
    expect(storedAnswerFor(parameter, { values: { x0: 5 } })).toBeUndefined();
    expect(storedAnswerFor(network, { values: { lr: 50, beta: 0.5 } })).toEqual({
      values: { lr: 2, beta: 0.5 },
    });
  });
});
