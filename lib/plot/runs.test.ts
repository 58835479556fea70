import { describe, expect, it } from 'vitest';
import { gd, illConditionedBowl, rosenbrock, simulate } from '@/lib/optim';
import { plotColors } from './palette';
import { formatLoss, formatPoint, runStyle, simulateRuns, startProblem } from './runs';

describe('runs', () => {
  it('startProblem says "too large" for a start beyond what the figures follow, with the value', () => {
    const far = [100000, 100000];
    const run = simulate(rosenbrock(), gd({ lr: 0.001 }), far, { steps: 10 });
    expect(startProblem(run, far)).toBe(
      'f is too large at the start point (100000, 100000) (about 1.0e22) for the figures to follow. Move the start point closer to the minimum or change the formula.',
    );
    const fine = simulate(rosenbrock(), gd({ lr: 0.001 }), [-1.2, 1], { steps: 10 });
    expect(startProblem(fine, [-1.2, 1])).toBeNull();
  });

  it('formatLoss prints three significant digits from 0.01 to 10⁴ and e-notation outside', () => {
    expect(formatLoss(0.0123456)).toBe('0.0123');
    expect(formatLoss(2.5)).toBe('2.5');
    expect(formatLoss(150)).toBe('150');
    expect(formatLoss(1234.5)).toBe('1230');
    expect(formatLoss(3.04e-3)).toBe('3.0e-3');
    expect(formatLoss(-5.5e-4)).toBe('-5.5e-4');
    expect(formatLoss(9.96e21)).toBe('1.0e22');
    expect(formatLoss(0)).toBe('0');
    expect(formatLoss(Infinity)).toBe('infinity');
  });

  it('formatPoint prints a true minus sign and no float noise', () => {
    expect(formatPoint([-1.5, 0.30000000000000004])).toBe('(−1.5, 0.3)');
  });

  it('simulateRuns on a bowl gives every run a settle step for the level', () => {
    const runs = simulateRuns(illConditionedBowl({ kappa: 100 }), ['gd', 'heavy-ball'], null, {
      lr: 1.9,
      beta: 0.7,
      w0: [-3.5, 1.5],
      steps: 100,
    });
    expect(runs.map((r) => [r.key, r.result.steps, r.result.settledAt])).toEqual([
      ['gd', 100, null],
      ['heavy-ball', 100, 71],
    ]);
  });
});

describe('runStyle', () => {
  const colors = plotColors('light');

  it('gives a known run its label and its optimizer colour', () => {
    expect(runStyle('heavy-ball', colors)).toEqual({ label: 'Momentum', color: colors.momentum });
    expect(runStyle('gd-effective', colors)).toEqual({
      label: 'Gradient descent at α/(1 − β)',
      color: colors.gd,
    });
  });

  it('labels an unknown key by itself, in momentum’s colour', () => {
    expect(runStyle('mystery', colors)).toEqual({ label: 'mystery', color: colors.momentum });
  });
});
