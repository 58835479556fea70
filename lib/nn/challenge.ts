import type { DigitSet } from './digits';
import { settledAbove } from './optim';
import { createRace } from './race';
import { batchSizeFor, DEFAULT_SHAPE } from './settings';
import { raceOptimizer, type RaceOptimizer } from './tuning';
import { fixedPercent, percent } from '@/lib/plot/format';

/**
 * A network challenge: train the course's digit classifier with one optimizer at the learner's
 * α and β, from a fixed seed, and ask that test accuracy reach the goal within a budget of
 * epochs and stay there. The grader (in Node) and the page (in a worker) run the same training
 * and judge it with the same function, so they always agree.
 */
export interface NetworkChallengeRun {
  readonly optimizer: RaceOptimizer;
  readonly lr: number;
  readonly beta: number;
  /** 0 = full batch. */
  readonly batch: number;
  readonly hidden: number;
  readonly seed: number;
  /** Epochs trained: the budget plus the margin that shows the accuracy stays. */
  readonly epochs: number;
}

export interface NetworkGoal {
  readonly accuracy: number;
  readonly epochs: number;
}

/** Budget plus margin: how long a challenge's run lasts (margin defaults to the budget). */
export function challengeEpochs(goal: NetworkGoal, margin?: number): number {
  return goal.epochs + (margin ?? goal.epochs);
}

/** Trains the run (test accuracy per epoch; the training loss is not needed and not computed). */
export function runNetworkChallenge(
  data: Pick<DigitSet, 'train' | 'test'>,
  run: NetworkChallengeRun,
): { accuracies: number[]; diverged: boolean } {
  const race = createRace(
    {
      shape: { ...DEFAULT_SHAPE, hidden: run.hidden },
      data,
      batchSize: batchSizeFor(run.batch, data.train.n),
      seed: run.seed,
      trackLoss: false,
    },
    [{ key: run.optimizer, optimizer: raceOptimizer(run.optimizer, run.lr, run.beta) }],
    run.epochs,
  );
  race.advance(() => false);
  return { accuracies: race.lanes[0].accuracies, diverged: race.lanes[0].diverged() };
}

/**
 * The verdict on a finished run: passed iff it did not diverge and its test accuracy settled at
 * or above the goal (reached and stayed to the last epoch) by epoch `goal.epochs`.
 */
export function judgeNetworkRun(
  goal: NetworkGoal,
  run: { readonly accuracies: readonly number[]; readonly diverged: boolean },
): { correct: boolean; message: string; settled: number | null } {
  const target = percent(goal.accuracy);
  const last = run.accuracies.length - 1;
  if (run.diverged)
    return {
      correct: false,
      settled: null,
      message: `Diverged after ${Math.max(0, last)} epochs.`,
    };
  const settled = settledAbove(run.accuracies, goal.accuracy);
  const end = `${fixedPercent(run.accuracies[last], 1)} at epoch ${last}`;
  if (settled !== null && settled <= goal.epochs)
    return {
      correct: true,
      settled,
      message: `Reached ${target} test accuracy at epoch ${settled} and stayed there through epoch ${last} (${end}).`,
    };
  if (settled !== null)
    return {
      correct: false,
      settled,
      message: `Reached ${target} and stayed from epoch ${settled}; the goal is epoch ${goal.epochs} or earlier.`,
    };
  const first = run.accuracies.findIndex((a) => a >= goal.accuracy);
  if (first >= 0)
    return {
      correct: false,
      settled,
      message: `Touched ${target} at epoch ${first} but did not stay there: ${end}.`,
    };
  return {
    correct: false,
    settled,
    message: `Best test accuracy ${fixedPercent(Math.max(...run.accuracies), 1)}; the goal is ${target} by epoch ${goal.epochs}.`,
  };
}
