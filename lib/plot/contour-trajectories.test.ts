import { describe, expect, it } from 'vitest';
import { illConditionedBowl, type Objective } from '@/lib/optim';
import { describeTrajectories } from './contour-trajectories';
import { simulateRuns } from './runs';

const bowl = illConditionedBowl({ kappa: 100 });
const w0 = [-3.5, 1.5];

describe('describeTrajectories', () => {
  it('says where each run stands and where its loss settles below 10⁻⁶, not where it first dips', () => {
    const settings = { lr: 1, beta: 0.95, w0, steps: 150 };
    const runs = simulateRuns(bowl, ['gd', 'heavy-ball'], null, settings);
    expect(describeTrajectories(runs, 150, { level: 1e-6, budget: 150, w0 })).toBe(
      'Gradient descent: loss 3.0e-3 after 150 steps, not below 10⁻⁶ within 150 steps. ' +
        'Momentum: loss 5.5e-4 after 150 steps; it dips below 10⁻⁶ at step 146 but does not stay there within 150 steps.',
    );
    const lesson3 = simulateRuns(bowl, ['heavy-ball'], null, {
      lr: 1.9,
      beta: 0.7,
      w0,
      steps: 100,
    });
    expect(describeTrajectories(lesson3, 40, { level: 1e-6, budget: 100, w0 })).toMatch(
      /^Momentum: loss .+ after 40 steps; it stays below 10⁻⁶ from step 71\.$/,
    );
  });

  it('makes no claim about settling when the figure has no level (a question on a surface of unknown f*)', () => {
    const runs = simulateRuns(bowl, ['gd'], null, { lr: 1, beta: 0, w0, steps: 150 });
    expect(describeTrajectories(runs, 150, { level: null, budget: 150, w0 })).toBe(
      'Gradient descent: loss 3.0e-3 after 150 steps.',
    );
  });

  it('names a diverged run once the shown epoch is past its end', () => {
    const runs = simulateRuns(bowl, ['gd'], null, { lr: 2.5, beta: 0, w0, steps: 100 });
    const end = runs[0].result.steps;
    expect(describeTrajectories(runs, 100, { level: 1e-6, budget: 100, w0 })).toBe(
      `Gradient descent diverges after ${end} steps.`,
    );
  });

  it('says in plain words when f is not defined at the start point', () => {
    const root: Objective = {
      id: 'root',
      label: 'root',
      tex: '',
      dim: 2,
      f: (w) => Math.log(-1 - w[0] * w[0] - w[1] * w[1]),
      grad: () => [NaN, NaN],
    };
    const runs = simulateRuns(root, ['gd', 'heavy-ball'], null, {
      lr: 0.1,
      beta: 0.9,
      w0: [-1.5, 2],
      steps: 400,
    });
    expect(describeTrajectories(runs, 400, { level: 1e-6, budget: 400, w0: [-1.5, 2] })).toBe(
      'f is not defined at the start point (−1.5, 2): its value there is not a finite number. Move the start point or change the formula.',
    );
  });
});
