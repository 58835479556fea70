import type { Objective } from '../types';
import { beale, booth, himmelblau, narrowValley, rosenbrock, saddle } from './classic';
import { illConditionedBowl } from './quadratic';

/**
 * The built-in 2-D surfaces with default parameters, in the order a picker shows them.
 * Ids are stable: progress and shared links are stored against them.
 */
export const objectives: readonly Objective[] = [
  illConditionedBowl({ kappa: 10 }),
  rosenbrock(),
  narrowValley(),
  saddle(),
  himmelblau(),
  beale(),
  booth(),
];

/** The built-in objective with this id, or undefined. */
export function getObjective(id: string): Objective | undefined {
  return objectives.find((o) => o.id === id);
}
