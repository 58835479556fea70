import { describe, expect, it } from 'vitest';
import {
  eigenComponents,
  gdFactor,
  illConditionedBowl,
  makeOptimizer,
  rosenbrock,
  simulate,
} from '@/lib/optim';
import { expectClose } from '@/lib/test/expect-close';
import {
  axisPanels,
  componentSeries,
  describePanel,
  formatLambda,
  panelAxisTitle,
  percentOfStart,
  signChanges,
} from './axis-components';

describe('axis components', () => {
  it('axisPanels(bowl, w0) lists the steep direction first, each with a range of 1.1·|x⁰|', () => {
    const panels = axisPanels(illConditionedBowl({ kappa: 20 }), [-3.5, 1.5])!;
    expect(panels.map((p) => p.kind)).toEqual(['steep', 'shallow']);
    expectClose(panels[0].lambda, 1);
    expectClose(panels[1].lambda, 0.05);
    expectClose(Math.abs(panels[0].start), 1.5);
    expectClose(panels[0].range[1], 1.65);
    expectClose(panels[1].range[0], -3.85);
  });

  it('a start with no component along a direction still gets a usable range', () => {
    const panels = axisPanels(illConditionedBowl({ kappa: 4 }), [2, 0])!;
    expect(panels[0].range).toEqual([-1, 1]);
  });

  it('axisPanels returns null for an objective without an eigen-decomposition', () => {
    expect(axisPanels(rosenbrock(), [0, 0])).toBeNull();
  });

  it('the panel start matches eigenComponents and GD follows (1 − αλ)ᵏ in each panel', () => {
    const bowl = illConditionedBowl({ kappa: 20, angle: 0.4 });
    const w0 = [-3, 1];
    const run = simulate(bowl, makeOptimizer('gd', { lr: 1.5 }), w0, { steps: 30 });
    const { coords } = eigenComponents(bowl, run);
    for (const panel of axisPanels(bowl, w0)!) {
      expectClose(coords[panel.index][0], panel.start);
      expectClose(coords[panel.index][30], gdFactor(1.5, panel.lambda, 30) * panel.start, 1e-9);
    }
  });

  it('signChanges counts the zig-zag: GD with αλ > 1 flips every step, αλ < 1 never', () => {
    const bowl = illConditionedBowl({ kappa: 20 });
    const run = simulate(bowl, makeOptimizer('gd', { lr: 1.5 }), [-3.5, 1.5], { steps: 20 });
    const { coords } = eigenComponents(bowl, run);
    expect(signChanges(coords[1])).toBe(20);
    expect(signChanges(coords[0])).toBe(0);
    expect(signChanges([1, 0, -1, 0, -2, 3], 3)).toBe(1);
  });

  it('percentOfStart and formatLambda print short numbers for the live text', () => {
    expect(percentOfStart(-0.3, 10)).toBe('−3%');
    expect(percentOfStart(0.002, 10)).toBe('0.02%');
    expect(percentOfStart(5, 10)).toBe('50%');
    expect(percentOfStart(-9e-19, 10)).toBe('under 0.01%');
    expect(formatLambda(1 / 3)).toBe('0.333');
    expect(formatLambda(0.05)).toBe('0.05');
  });

  it('componentSeries splits a run into its eigen-directions for the panels to draw and describe', () => {
    const bowl = illConditionedBowl({ kappa: 20 });
    const result = simulate(bowl, makeOptimizer('gd', { lr: 1.5 }), [-3.5, 1.5], { steps: 20 });
    const series = componentSeries(bowl, { key: 'gd', label: 'Gradient descent', result });
    expect(series.coords).toEqual(eigenComponents(bowl, result).coords);
    expect([series.key, series.label, series.status, series.steps]).toEqual([
      'gd',
      'Gradient descent',
      result.status,
      20,
    ]);
    const [steep] = axisPanels(bowl, [-3.5, 1.5])!;
    expect(describePanel(steep, [series], 20)).toMatch(
      /^Steep direction, λ = 1: after 20 steps, gradient descent changed sign 20 times and is at /,
    );
  });

  it('panelAxisTitle names the coordinate a panel plots, counting directions from 1', () => {
    const panels = axisPanels(illConditionedBowl({ kappa: 20 }), [-3.5, 1.5])!;
    expect(panels.map(panelAxisTitle)).toEqual(['x₂ᵏ', 'x₁ᵏ']);
  });
});
