import { makeOptimizer, settledAbove, type OptimizerName } from './optim';
import type { DigitSet } from './digits';
import type { NetworkShape } from './mlp';
import { createRace } from './race';
import { batchSizeFor, RACE_BETA, TARGET_ACCURACY } from './settings';

/**
 * A fair race gives each optimizer its own best step size: a grid search over α, every grid
 * point run with several seeds, and the α whose runs settle above the target accuracy in the
 * fewest epochs (by the median over the seeds) wins. `scripts/nn/tune.ts` runs it and writes the
 * record `data/tuned-steps.json`; a test holds the record to `chooseStep` and re-runs part of it.
 */

/** The four optimizers of the race, in legend order. */
export const RACE_OPTIMIZERS = ['gd', 'heavy-ball', 'nesterov', 'adam'] as const;
export type RaceOptimizer = (typeof RACE_OPTIMIZERS)[number];

/** The optimizer of a race lane at step α (β = 0.9 for the momentum methods, as in practice). */
export function raceOptimizer(name: RaceOptimizer, lr: number, beta: number = RACE_BETA) {
  return name === 'gd'
    ? makeOptimizer('gd', { lr })
    : name === 'adam'
      ? makeOptimizer('adam', { lr, beta1: beta })
      : makeOptimizer(name as OptimizerName, { lr, beta });
}

/** Epochs to settle at or above the target, per seed; null where a run never settles. */
export type SeedEpochs = (number | null)[];

/** The runs of one optimizer at one step size: the settle epoch and final accuracy per seed. */
export interface GridPoint {
  readonly lr: number;
  readonly epochs: SeedEpochs;
}

/** Median of the seeds' settle epochs, a run that never settles counting as ∞. */
export function medianEpochs(epochs: SeedEpochs): number {
  const sorted = epochs.map((e) => e ?? Infinity).sort((a, b) => a - b);
  if (sorted.length === 0) return Infinity;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Worst seed's settle epoch (∞ if any never settles). */
export function worstEpochs(epochs: SeedEpochs): number {
  return Math.max(...epochs.map((e) => e ?? Infinity));
}

/**
 * The winning step of a grid: the fewest median epochs, then the smaller worst seed, then the
 * smaller α (the safer step when two are equally fast). Null when no α settles for most seeds.
 */
export function chooseStep(grid: readonly GridPoint[]): number | null {
  let best: GridPoint | null = null;
  for (const point of grid) {
    if (!Number.isFinite(medianEpochs(point.epochs))) continue;
    if (
      !best ||
      medianEpochs(point.epochs) < medianEpochs(best.epochs) ||
      (medianEpochs(point.epochs) === medianEpochs(best.epochs) &&
        worstEpochs(point.epochs) < worstEpochs(best.epochs))
    )
      best = point;
  }
  return best ? best.lr : null;
}

/** A geometric grid a·√2ᵏ, k = 0 … count−1, rounded to 4 significant digits. */
export function stepGrid(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => Number((from * Math.SQRT2 ** k).toPrecision(4)));
}

/**
 * Where each optimizer's grid starts for each batch choice (0 = full batch); every grid has
 * eight points, a factor √2 apart (a factor 11 overall), placed so the best step is inside it.
 */
export const GRID_START: Record<number, Record<RaceOptimizer, number>> = {
  0: { gd: 0.25, 'heavy-ball': 0.1, nesterov: 0.1, adam: 0.01 },
  256: { gd: 0.1, 'heavy-ball': 0.01, nesterov: 0.01, adam: 0.0025 },
  32: { gd: 0.025, 'heavy-ball': 0.0025, nesterov: 0.0025, adam: 0.00125 },
};
export const GRID_POINTS = 8;

/** What one training run reports for the tuning record and the lesson. */
export interface RunOutcome {
  /** First epoch from which test accuracy stays ≥ target to the end of the run; null if never. */
  readonly settled: number | null;
  readonly finalAccuracy: number;
  readonly diverged: boolean;
}

/** Trains one optimizer on one setting and measures when it settles above the target. */
export function measureRun(
  data: Pick<DigitSet, 'train' | 'test'>,
  shape: NetworkShape,
  options: {
    readonly optimizer: RaceOptimizer;
    readonly lr: number;
    readonly beta?: number;
    readonly batch: number;
    readonly seed: number;
    readonly epochs: number;
  },
): RunOutcome {
  const race = createRace(
    {
      shape,
      data,
      batchSize: batchSizeFor(options.batch, data.train.n),
      seed: options.seed,
      trackLoss: false,
    },
    [
      {
        key: options.optimizer,
        optimizer: raceOptimizer(options.optimizer, options.lr, options.beta),
      },
    ],
    options.epochs,
  );
  race.advance(() => false);
  const lane = race.lanes[0];
  return {
    settled: lane.diverged() ? null : settledAbove(lane.accuracies, TARGET_ACCURACY),
    finalAccuracy: lane.accuracies[lane.accuracies.length - 1],
    diverged: lane.diverged(),
  };
}
