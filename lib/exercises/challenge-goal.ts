import { levelENotation } from '../plot/format';
import type { Goal } from './types';

/** How a tuning challenge's goal reads, in the challenge, the grader's messages and the teacher's key. */
export interface GoalWords {
  /** The loss to stay below: "1e-5". */
  level: string;
  /** The step budget: "40 steps". */
  budget: string;
  /** The whole goal: "loss below 1e-5 within 40 steps". */
  text: string;
}

/** "1 step", "40 steps". */
export function stepCount(n: number): string {
  return `${n} step${n === 1 ? '' : 's'}`;
}

/**
 * The words of a challenge's goal, written once so the learner's challenge ("Goal: loss below
 * 1e-5 within 40 steps."), the grader's verdict and the teacher's key state the same goal.
 */
export function goalWords(goal: Goal): GoalWords {
  const level = levelENotation(goal.loss);
  const budget = stepCount(goal.steps);
  return { level, budget, text: `loss below ${level} within ${budget}` };
}
