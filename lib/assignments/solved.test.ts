import { describe, expect, it } from 'vitest';
import { fixtureCourse } from './fixtures/paths';
import { solvedUnder } from './solved';

const { catalog } = fixtureCourse();
const tune = catalog.get('l2-tune')!;
// The fixture's α, β settle within the lesson's 60 steps but not within 20.
const entry = {
  answer: { values: { lr: 0.03, beta: 0.7 } },
  correct: true,
  attempts: 1,
  hintsShown: 0,
  revealed: false,
  updatedAt: 1,
};

describe('solvedUnder', () => {
  it('solvedUnder(spec, entry, overrides) re-checks a stored "correct" under an assignment’s tighter budget', () => {
    expect(solvedUnder(tune, entry, undefined)).toBe(true);
    expect(solvedUnder(tune, entry, { goal: { steps: 80 } })).toBe(true);
    expect(solvedUnder(tune, entry, { goal: { steps: 20 } })).toBe(false);
  });

  it('solvedUnder(spec, entry, overrides) is false without a correct entry', () => {
    expect(solvedUnder(tune, undefined, { goal: { steps: 80 } })).toBe(false);
    expect(solvedUnder(tune, { ...entry, correct: false }, undefined)).toBe(false);
  });
});
