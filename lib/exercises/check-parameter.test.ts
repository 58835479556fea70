/**
 * A tuning challenge passes only if the run settles within its budget: on the course's own
 * challenges, every setting of a grid over the allowed ranges is checked against a reference run two
 * thousand steps long, and the lucky dips (below the goal within the budget, the old rule's pass,
 * but not settled within it) all fail.
 */
import { describe, expect, it } from 'vitest';
import { courseExercise } from '@/lib/test/course-exercise';
import { parseObjective } from '@/lib/expr';
import { firstBelow, makeOptimizer, simulate } from '@/lib/optim';
import { checkParameter } from './check-parameter';
import type { ParameterSpec } from './types';

const challenge = (id: string) => courseExercise<ParameterSpec>(id);

/** A grid over the allowed ranges: α every `lrStep`, β every `betaStep`. */
function grid(spec: ParameterSpec, lrStep = 0.1, betaStep = 0.02): { lr: number; beta: number }[] {
  const axis = ([lo, hi]: readonly [number, number], step: number) => {
    const out: number[] = [];
    for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-12; v += step)
      out.push(Number(v.toFixed(6)));
    return out.filter((v) => v >= lo && v <= hi);
  };
  const lrs = axis(spec.ranges.lr as [number, number], lrStep);
  const betas = axis(spec.ranges.beta as [number, number], betaStep);
  return lrs.flatMap((lr) => betas.map((beta) => ({ lr, beta })));
}

/** Settled within the budget, by brute force: a k ≤ budget with f − f* ≤ goal on [k, 2000]. */
function reference(spec: ParameterSpec, lr: number, beta: number) {
  const parsed = parseObjective(spec.objective);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const run = simulate(parsed.objective, makeOptimizer(spec.optimizer, { lr, beta }), spec.start, {
    steps: 2000,
  });
  const within = (j: number) => run.losses[j] <= spec.goal.loss;
  let settled = run.status !== 'diverged' && within(run.steps);
  if (settled) {
    let k = run.steps;
    while (k > 0 && within(k - 1)) k--;
    settled = k <= spec.goal.steps;
  }
  const dip = firstBelow(run.losses.subarray(0, spec.goal.steps + 1), spec.goal.loss);
  return { settled, lucky: dip !== null && !settled };
}

describe('a tuning challenge passes only if the run settles within its budget', () => {
  it('l4-tune-kappa-100: every grid setting passes iff it settles, and no lucky dip passes', () => {
    const spec = challenge('l4-tune-kappa-100');
    let lucky = 0;
    let passing = 0;
    for (const { lr, beta } of grid(spec, 0.05, 0.02)) {
      const ref = reference(spec, lr, beta);
      const verdict = checkParameter(spec, { values: { lr, beta } });
      expect(verdict.correct, `α = ${lr}, β = ${beta}: ${verdict.message}`).toBe(ref.settled);
      if (ref.lucky) {
        lucky++;
        expect(verdict.correct).toBe(false);
        expect(verdict.message).toMatch(/^Dipped below|^Loss/);
      }
      if (verdict.correct) passing++;
    }
    // Both kinds are plentiful: the test is not passing vacuously.
    expect(lucky).toBeGreaterThan(100);
    expect(passing).toBeGreaterThan(20);
  }, 60_000);

  it('l6-rosenbrock-momentum: every grid setting passes iff it settles within the budget', () => {
    const spec = challenge('l6-rosenbrock-momentum');
    let passing = 0;
    for (const { lr, beta } of grid(spec).filter((_, i) => i % 3 === 0)) {
      const ref = reference(spec, lr, beta);
      const verdict = checkParameter(spec, { values: { lr, beta } });
      expect(verdict.correct, `α = ${lr}, β = ${beta}: ${verdict.message}`).toBe(ref.settled);
      if (verdict.correct) passing++;
    }
    expect(passing).toBeGreaterThan(0);
  }, 60_000);

  it('a lucky dip says so: it dipped, climbed back, and the goal is to stay below', () => {
    const spec = challenge('l4-tune-kappa-100');
    // α = 0.99, β = 0.84: below 1e-6 at step 73, above it again before the budget ends.
    expect(reference(spec, 0.99, 0.84).lucky).toBe(true);
    const verdict = checkParameter(spec, { values: { lr: 0.99, beta: 0.84 } });
    expect(verdict.correct).toBe(false);
    expect(verdict.message).toMatch(
      /^Dipped below 1e-6 at step \d+ but does not stay there: loss .+; the goal is to stay below 1e-6 from some step within \d+ steps$/,
    );
  });
});
