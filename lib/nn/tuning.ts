import { makeOptimizer, settledAbove } from './optim';
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
      : makeOptimizer(name, { lr, beta });
}

/** Epochs to settle at or above the target, per seed; null where a run never settles. */
export type SeedEpochs = (number | null)[];

/** The runs of one optimizer at one step size: the settle epoch and final accuracy per seed. */
export interface GridPoint {
  readonly lr: number;
  readonly epochs: SeedEpochs;
}

/**
 * A settle epoch late in a run proves little: the accuracy "stayed" only for the few epochs
 * left. The search counts a seed as having reached the target only if it then stayed for at
 * least the last quarter of the run (settle epoch ≤ ¾ of the epochs run).
 */
export const STAY_FRACTION = 0.25;

/** Settle epochs with the late ones (see {@link STAY_FRACTION}) and the never-settled as ∞. */
function counted(epochs: SeedEpochs, runEpochs: number): number[] {
  const latest = (1 - STAY_FRACTION) * runEpochs;
  return epochs.map((e) => (e === null || e > latest ? Infinity : e));
}

/** Median of the seeds' settle epochs, a run that never settles counting as ∞. */
export function medianEpochs(epochs: SeedEpochs, runEpochs = Infinity): number {
  const sorted = counted(epochs, runEpochs).sort((a, b) => a - b);
  if (sorted.length === 0) return Infinity;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Worst seed's settle epoch (∞ if any never settles, or settles too late to count). */
export function worstEpochs(epochs: SeedEpochs, runEpochs = Infinity): number {
  return Math.max(...counted(epochs, runEpochs));
}

/**
 * The winning step of a grid of runs `runEpochs` long: among the steps at which every seed
 * settles (and stays for the last quarter of the run at least), the fewest median epochs, then
 * the smaller worst seed, then the smaller α (the safer step when two are equally fast). A step
 * that leaves one seed of three short of the target is not "tuned", however fast the other two
 * are. Null when no step qualifies.
 */
export function chooseStep(grid: readonly GridPoint[], runEpochs: number): number | null {
  let best: GridPoint | null = null;
  const median = (p: GridPoint) => medianEpochs(p.epochs, runEpochs);
  const worst = (p: GridPoint) => worstEpochs(p.epochs, runEpochs);
  for (const point of grid) {
    if (!Number.isFinite(worst(point))) continue;
    if (
      !best ||
      median(point) < median(best) ||
      (median(point) === median(best) && worst(point) < worst(best))
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
  256: { gd: 0.1, 'heavy-ball': 0.01, nesterov: 0.04, adam: 0.0025 },
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
