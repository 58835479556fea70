/**
 * Benchmark sections for the settle measure: the runs the figures make on every slider event
 * when they count "steps until the loss stays below the tolerance". Each is timed beside the
 * same runs over the whole budget without a tolerance (what a figure that only draws costs).
 */
import { parseObjective } from '../../lib/expr';
import { illConditionedBowl, makeOptimizer, simulate } from '../../lib/optim';
import type { Vector } from '../../lib/optim';
import { betaSweep } from '../../lib/plot/beta-sweep';
import { benchSection, type BenchSection } from './harness';

const bowl = illConditionedBowl({ kappa: 100 });
const w0: Vector = [-3.5, 1.5];
const heavy = makeOptimizer('heavy-ball', { lr: 1, beta: 0.81 });

const parsed = parseObjective('((1-x)^2 + 100(y-x^2)^2)/100');
if (!parsed.ok) throw new Error(parsed.error.message);
const valley = parsed.objective;
const valleyStart: Vector = [-1.5, 2];
const valleyHeavy = makeOptimizer('heavy-ball', { lr: 0.1, beta: 0.95 });

export const settleSections: readonly BenchSection[] = [
  benchSection(
    'settle simulate: heavy ball on the κ = 100 bowl until the loss stays below 1e-6 (budget 5,000)',
    () => simulate(bowl, heavy, w0, { steps: 5000, tol: 1e-6 }),
    () => simulate(bowl, heavy, w0, { steps: 5000 }),
    0.2,
  ),
  benchSection(
    'settle simulate: heavy ball on the typed Rosenbrock valley until the loss stays below 1e-6 (budget 2,000)',
    () => simulate(valley, valleyHeavy, valleyStart, { steps: 2000, tol: 1e-6, target: 0 }),
    () => simulate(valley, valleyHeavy, valleyStart, { steps: 2000 }),
    0.5,
  ),
  benchSection(
    'settle betaSweep: 100 heavy-ball runs over β at lesson 4 defaults (tol 1e-6 relative, budget 500)',
    () => betaSweep(bowl, w0, { lr: 1, tol: 1e-6, maxSteps: 500 }),
    () => {
      for (let j = 0; j < 100; j++)
        simulate(bowl, makeOptimizer('heavy-ball', { lr: 1, beta: (0.99 * j) / 99 }), w0, {
          steps: 500,
        });
    },
    8,
  ),
];
