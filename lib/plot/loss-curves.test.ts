import { describe, expect, it } from 'vitest';
import {
  gdLoss,
  illConditionedBowl,
  makeOptimizer,
  optimalMomentum,
  simulate,
  type Objective,
} from '@/lib/optim';
import { expectClose } from '@/lib/test/expect-close';
import {
  describeLossReach,
  excessLossSeries,
  LOSS_FLOOR,
  lossAxisRange,
  lossCurvesView,
  lossEnvelope,
  theoreticalRate,
} from './loss-curves';
import { simulateRuns } from './runs';

describe('loss curves', () => {
  it('lossAxisRange(f0) spans from the floor to the first power of ten half a decade above f0', () => {
    expect(lossAxisRange(1.43)).toEqual([1e-12, 10]);
    expect(lossAxisRange(0.05)).toEqual([1e-12, 1]);
    expect(lossAxisRange(5)).toEqual([1e-12, 100]);
    expect(lossAxisRange(0)).toEqual([1e-12, 1]);
  });

  it('excessLossSeries subtracts f* and stops at the first value at or below the floor', () => {
    const s = excessLossSeries([3, 2, 1 + 1e-13, 1, 1.5], 1);
    expect(Array.from(s)).toEqual([2, 1, LOSS_FLOOR]);
    expect(Array.from(excessLossSeries([5, 4], 1))).toEqual([4, 3]);
  });

  it('theoreticalRate gives GD max|1 − αλ| and the heavy ball √β when every root is complex', () => {
    expectClose(theoreticalRate('gd', 1.5, 0.6, 0.05, 1)!, 0.925);
    expectClose(theoreticalRate('heavy-ball', 1.5, 0.6, 0.05, 1)!, Math.sqrt(0.6));
    // The EMA form with α' is the heavy ball with α = α'(1 − β).
    expectClose(
      theoreticalRate('ema-momentum', 3.75, 0.6, 0.05, 1)!,
      theoreticalRate('heavy-ball', 1.5, 0.6, 0.05, 1)!,
    );
    expect(theoreticalRate('adam', 0.1, 0.9, 0.05, 1)).toBeNull();
  });

  it('lossEnvelope(C, rate, k) is C·rate^{2k} and bounds the gradient-descent loss', () => {
    const bowl = illConditionedBowl({ kappa: 20 });
    const w0 = [-3.5, 1.5];
    const lr = 1.5;
    const run = simulate(bowl, makeOptimizer('gd', { lr }), w0, { steps: 60 });
    const c = run.losses[0];
    const env = lossEnvelope(c, theoreticalRate('gd', lr, 0, 0.05, 1)!, 60);
    expectClose(env[10], c * 0.925 ** 20);
    for (let k = 0; k < env.length; k++) {
      expect(run.losses[k]).toBeLessThanOrEqual(env[k] * (1 + 1e-12));
      expectClose(run.losses[k], gdLoss([0.05, 1], w0, lr, k), 1e-9);
    }
  });

  it('lossEnvelope ends at the floor and drops what overflows', () => {
    const down = lossEnvelope(1, 0.1, 100);
    expect(down.length).toBeLessThanOrEqual(8);
    expect(down[down.length - 1]).toBe(LOSS_FLOOR);
    expectClose(down[3], 1e-6);
    const up = lossEnvelope(1, 1e20, 100);
    expect(up.length).toBeLessThan(10);
    expect(Array.from(up).every(Number.isFinite)).toBe(true);
  });

  it('with every momentum root complex the loss stays within a constant of the envelope', () => {
    const bowl = illConditionedBowl({ kappa: 20 });
    const rate = theoreticalRate('heavy-ball', 1.5, 0.6, 0.05, 1)!;
    const run = simulate(bowl, makeOptimizer('heavy-ball', { lr: 1.5, beta: 0.6 }), [-3.5, 1.5], {
      steps: 100,
    });
    const env = lossEnvelope(run.losses[0], rate, 100);
    let worst = 0;
    for (let k = 0; k < env.length; k++) worst = Math.max(worst, run.losses[k] / env[k]);
    expect(worst).toBeGreaterThan(1); // the transient does cross C·rate^{2k} …
    expect(worst).toBeLessThan(20); // … but only by a constant
  });

  it('at Polyak’s (α*, β*) the roots are repeated and the envelope is off by a factor growing like k²', () => {
    const bowl = illConditionedBowl({ kappa: 100 });
    const { lr, beta, rate } = optimalMomentum(0.01, 1);
    const run = simulate(bowl, makeOptimizer('heavy-ball', { lr, beta }), [-3.5, 1.5], {
      steps: 100,
    });
    const env = lossEnvelope(run.losses[0], rate, 100);
    const ratio = (k: number) => run.losses[k] / env[k];
    // Repeated roots: the error is (a + bk)σᵏ, so loss / envelope grows like k² — quadrupling per doubling.
    expect(ratio(40) / ratio(20)).toBeGreaterThan(2.5);
    expect(ratio(40) / ratio(20)).toBeLessThan(6);
  });

  it('describeLossReach names the first run in full and the others in short clauses', () => {
    const text = describeLossReach(
      [
        { label: 'Momentum', steps: 43, diverged: false, lastStep: 300, rate: 0.7746 },
        { label: 'Gradient descent', steps: Infinity, diverged: false, lastStep: 300, rate: 0.975 },
      ],
      1e-6,
      300,
    );
    expect(text).toBe(
      'Momentum stays below loss 10⁻⁶ from step 43; gradient descent does not get below it within 300 steps. ' +
        'Theoretical rates per step: momentum 0.775, gradient descent 0.975; the loss shrinks like rate²ᵏ.',
    );
    const blown = describeLossReach(
      [{ label: 'Gradient descent', steps: Infinity, diverged: true, lastStep: 12, rate: null }],
      1e-6,
      300,
    );
    expect(blown).toBe('Gradient descent diverges after 12 steps.');
  });

  it('describeLossReach says when a run only dips below the level and climbs back', () => {
    const text = describeLossReach(
      [
        {
          label: 'Momentum',
          steps: Infinity,
          firstDip: 41,
          diverged: false,
          lastStep: 50,
          rate: null,
        },
        {
          label: 'Nesterov',
          steps: Infinity,
          firstDip: 30,
          diverged: false,
          lastStep: 50,
          rate: null,
        },
      ],
      1e-6,
      50,
    );
    expect(text).toBe(
      'Momentum dips below loss 10⁻⁶ at step 41 but does not stay there within 50 steps; ' +
        'Nesterov dips below it at step 30 but does not stay there within 50 steps.',
    );
  });

  it('lossCurvesView puts the marker where the loss settles, after the heavy ball’s first dip', () => {
    const bowl = illConditionedBowl({ kappa: 100 });
    const w0 = [-3.5, 1.5];
    const settings = { lr: 1, beta: 0.9, w0, steps: 300, level: 1e-6 };
    const view = lossCurvesView(
      bowl,
      simulateRuns(bowl, ['gd', 'heavy-ball'], null, settings),
      settings,
    );
    const [gd, hb] = view.runs;
    expect(gd.settledAt).toBeNull();
    expect(hb.firstDip).toBe(106);
    expect(hb.settledAt).toBe(135);
    expect(view.sentence).toMatch(
      /^Gradient descent does not get below loss 10⁻⁶ within 300 steps; momentum stays below it from step 135\./,
    );
  });

  it('lossCurvesView on a typed surface measures from the lowest loss found, and says when f is undefined at the start', () => {
    const root: Objective = {
      id: 'root',
      label: 'root',
      tex: '',
      dim: 2,
      f: (w) => Math.sqrt(w[0]) + w[1] * w[1],
      grad: (w) => [0.5 / Math.sqrt(w[0]), 2 * w[1]],
    };
    const settings = { lr: 0.1, beta: 0.9, w0: [-1.5, 2], steps: 100, level: 1e-6 };
    const view = lossCurvesView(root, simulateRuns(root, ['gd'], null, settings), settings);
    expect(view.problem).toBe(
      'f is not defined at the start point (−1.5, 2): its value there is not a finite number. Move the start point or change the formula.',
    );
    expect(view.sentence).toBe(view.problem);
  });
});
