import { describe, expect, it } from 'vitest';
import { courseExercise } from '@/lib/test/course-exercise';
import { checkParameter, type ParameterSpec } from '@/lib/exercises';
import { checkReachable, EMPTY_DRAFT, readChallengeDraft } from './builder-check';

const challenge = courseExercise<ParameterSpec>('l1-tune-gd');
const draft = (d: Partial<typeof EMPTY_DRAFT>) =>
  readChallengeDraft(challenge, { ...EMPTY_DRAFT, ...d });
const problems = (d: Partial<typeof EMPTY_DRAFT>) => {
  const reading = draft(d);
  return reading.ok ? [] : reading.problems;
};

describe('the builder reads a tuning challenge’s settings', () => {
  it('blank fields keep the lesson’s settings: no overrides at all', () => {
    expect(draft({})).toEqual({ ok: true, overrides: undefined });
  });

  it('turns typed numbers and a surface into overrides', () => {
    expect(draft({ objective: ' x^2 + 10 y^2 ', loss: '1e-3', steps: '30' })).toEqual({
      ok: true,
      overrides: { objective: 'x^2 + 10 y^2', goal: { loss: 1e-3, steps: 30 } },
    });
    expect(draft({ loss: '0,001' })).toEqual({ ok: true, overrides: { goal: { loss: 0.001 } } });
  });

  it('says where a surface stops reading as a formula, in words', () => {
    const [problem] = problems({ objective: 'x^2 +' });
    expect(problem.field).toBe('objective');
    expect(problem.message).toBe(
      "The surface does not read as a formula: Something is missing after '+' at position 5.",
    );
  });

  it('refuses a surface undefined at the start point, naming the point', () => {
    const [problem] = problems({ objective: 'sqrt(x) + y^2' });
    expect(challenge.start[0]).toBeLessThan(0);
    expect(problem.field).toBe('objective');
    expect(problem.message).toMatch(/^The surface is not defined at the start point \(−/);
    expect(problems({ objective: 'sqrt(x^2) + y^2' })).toEqual([]);
  });

  it('explains bad numbers without a schema path or “NaN”', () => {
    const all = problems({ loss: 'abc', steps: '1.5' }).concat(
      problems({ loss: '-1', steps: '0' }),
    );
    expect(all.map((p) => p.field)).toEqual(['loss', 'steps', 'loss', 'steps']);
    for (const p of all) {
      expect(p.message).not.toMatch(/NaN|overrides|expected number/);
      expect(p.message.length).toBeGreaterThan(20);
    }
  });

  it('ignores the seed of a noise-free challenge (it would change nothing) and reads it for a noisy one', () => {
    expect(challenge.noise ?? 0).toBe(0);
    expect(draft({ seed: '7' })).toEqual({ ok: true, overrides: undefined });
    const noisy = { ...challenge, noise: 0.1 };
    expect(readChallengeDraft(noisy, { ...EMPTY_DRAFT, seed: '7' })).toEqual({
      ok: true,
      overrides: { seed: 7 },
    });
    expect(readChallengeDraft(noisy, { ...EMPTY_DRAFT, seed: 'x' }).ok).toBe(false);
  });
});

describe('the builder checks that a goal can be reached', () => {
  it('counts the passing settings with the challenge’s own check, and offers one that passes', () => {
    const reach = checkReachable(challenge);
    expect(reach.refusal).toBeNull();
    expect(reach.passing).toBeGreaterThan(0);
    expect(reach.passing).toBeLessThan(reach.tried);
    expect(checkParameter(challenge, { values: reach.example!.values }).correct).toBe(true);
  });

  it('refuses a budget of one step in words, naming the goal', () => {
    const reach = checkReachable(challenge, { goal: { steps: 1 } });
    expect(reach.passing).toBe(0);
    expect(reach.example).toBeNull();
    expect(reach.refusal).toMatch(/^Students could not reach this goal: none of the \d+ settings/);
    expect(reach.refusal).toContain('within 1 step.');
  });

  it('a looser goal lets more settings pass than the lesson’s', () => {
    const lesson = checkReachable(challenge).passing;
    const looser = checkReachable(challenge, { goal: { steps: 400 } }).passing;
    expect(looser).toBeGreaterThan(lesson);
  });
});
