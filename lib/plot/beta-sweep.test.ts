import { describe, expect, it } from 'vitest';
import {
  illConditionedBowl,
  makeOptimizer,
  optimalMomentum,
  simulate,
  stabilityLimit,
} from '@/lib/optim';
import { betaSweep, describeSweep, stepsForBeta, theoreticalSteps } from './beta-sweep';

const bowl = illConditionedBowl({ kappa: 20 });
const w0 = [-3.5, 1.5];

describe('beta sweep', () => {
  it('betaSweep samples β on the slider grid 0, 0.01, …, 0.99', () => {
    const sweep = betaSweep(bowl, w0, { lr: 1.5 });
    expect(sweep.betas.length).toBe(100);
    expect(sweep.betas[0]).toBe(0);
    expect(sweep.betas[60]).toBe(0.6);
    expect(sweep.betas[99]).toBe(0.99);
  });

  it('stepsForBeta(β = 0) is gradient descent shrinking the loss by the relative tolerance', () => {
    const outcome = stepsForBeta(bowl, w0, 0, { lr: 1.5, tol: 1e-6 });
    const f0 = bowl.f(w0);
    const gd = simulate(bowl, makeOptimizer('gd', { lr: 1.5 }), w0, { steps: 500 });
    const first = gd.losses.findIndex((loss) => loss <= 1e-6 * f0);
    expect(outcome).toEqual({ reached: true, steps: first });
  });

  it('stepsForBeta counts from where the loss stays within the tolerance, not from the first dip', () => {
    const kappa100 = illConditionedBowl({ kappa: 100 });
    const f0 = kappa100.f(w0);
    const outcome = stepsForBeta(kappa100, w0, 0.95, { lr: 1, tol: 1e-6 });
    const run = simulate(kappa100, makeOptimizer('heavy-ball', { lr: 1, beta: 0.95 }), w0, {
      steps: 500,
    });
    const dip = run.losses.findIndex((loss) => loss <= 1e-6 * f0);
    expect(outcome.reached).toBe(true);
    expect(outcome.steps).toBeGreaterThan(dip);
    for (let j = outcome.steps; j <= 500; j++) expect(run.losses[j]).toBeLessThanOrEqual(1e-6 * f0);
    expect(run.losses[outcome.steps - 1]).toBeGreaterThan(1e-6 * f0);
  });

  it('too small a β crawls and too large a β rings: the curve has a valley inside (0, 0.99)', () => {
    const sweep = betaSweep(bowl, w0, { lr: 1.5 });
    const best = sweep.best!;
    expect(best.beta).toBeGreaterThan(0.1);
    expect(best.beta).toBeLessThan(0.95);
    expect(best.steps).toBeLessThan(sweep.steps[0]);
    expect(best.steps).toBeLessThan(sweep.steps[99] || Infinity);
  });

  it('at α = α* the fastest β of the sweep sits near Polyak’s β*', () => {
    const { lr, beta } = optimalMomentum(1 / 20, 1);
    const best = betaSweep(bowl, w0, { lr }).best!;
    expect(Math.abs(best.beta - beta)).toBeLessThan(0.08);
  });

  it('runs that miss are marked: diverged below the stability limit, too slow with a tiny budget', () => {
    // α = 3 is unstable for β < 0.5 (α < 2 + 2β needed with λmax = 1).
    const sweep = betaSweep(bowl, w0, { lr: 3 });
    sweep.betas.forEach((beta, j) => {
      if (3 > stabilityLimit(beta, 1) + 1e-9) {
        expect(sweep.missed[j]).toBe('diverged');
        expect(sweep.steps[j]).toBeNaN();
      }
    });
    const short = betaSweep(bowl, w0, { lr: 0.1, maxSteps: 20 });
    expect(short.missed.every((m) => m === 'max-steps')).toBe(true);
    expect(short.best).toBeNull();
  });

  it('theoreticalSteps tracks the simulation within a quarter where the rate is √β', () => {
    for (const beta of [0.5, 0.7, 0.9]) {
      const simulated = stepsForBeta(bowl, w0, beta, { lr: 1.5 });
      const theory = theoreticalSteps(1.5, beta, 1 / 20, 1);
      expect(simulated.reached).toBe(true);
      expect(Math.abs(simulated.steps - theory)).toBeLessThanOrEqual(0.25 * theory);
    }
    expect(theoreticalSteps(3, 0.2, 1 / 20, 1)).toBe(Infinity);
  });
});

describe('describeSweep', () => {
  it('describeSweep says how the current β fares, the fastest β and Polyak’s β*', () => {
    expect(
      describeSweep({
        lr: 1.5,
        beta: 0.6,
        current: { reached: true, steps: 37 },
        maxSteps: 500,
        best: { beta: 0.74, steps: 29 },
        optimal: { beta: 0.64, lr: 2.3 },
      }),
    ).toBe(
      'With α = 1.50, β = 0.60 the loss stays within the tolerance from step 37; the fastest β here is 0.74 (29 steps); β* = 0.64 for this κ (with α* = 2.30).',
    );
    expect(
      describeSweep({
        lr: 3,
        beta: 0.2,
        current: { reached: false, reason: 'diverged', steps: 12 },
        maxSteps: 500,
        best: null,
        critical: 0.1,
      }),
    ).toBe(
      'With α = 3.00, β = 0.20 diverges; no β settles with this α; the shallow direction is critically damped at β = 0.10.',
    );
  });
});
