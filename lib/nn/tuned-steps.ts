import record from './data/tuned-steps.json';
import type { NetworkShape } from './mlp';
import type { GridPoint, RaceOptimizer, SeedEpochs } from './tuning';

/** One batch choice of the tuning record. */
export interface TunedBatch {
  /** Epochs each run lasted. */
  readonly epochs: number;
  readonly optimizers: Record<RaceOptimizer, { grid: GridPoint[]; chosen: number | null }>;
  /** Equal effective step α/(1 − β), both ways round. */
  readonly control: {
    readonly gdAtMomentumStep: { lr: number; epochs: SeedEpochs };
    readonly momentumAtGdStep: { lr: number; epochs: SeedEpochs };
  };
}

/** The record `scripts/nn/tune.ts` writes (lib/nn/data/tuned-steps.json). */
export interface TunedRecord {
  readonly about: string;
  readonly shape: NetworkShape;
  readonly target: number;
  readonly beta: number;
  readonly seeds: number[];
  readonly batches: Record<string, TunedBatch>;
}

export const tunedRecord = record as TunedRecord;

/** The tuned step of an optimizer for a batch choice (0 = full batch). */
export function tunedStep(optimizer: RaceOptimizer, batch: number): number {
  const entry = tunedRecord.batches[String(batch)]?.optimizers[optimizer];
  if (!entry || entry.chosen === null)
    throw new RangeError(`no tuned step for ${optimizer} with batch ${batch}`);
  return entry.chosen;
}

/** The seeds' settle epochs at the tuned step. */
export function tunedEpochs(optimizer: RaceOptimizer, batch: number): SeedEpochs {
  const entry = tunedRecord.batches[String(batch)].optimizers[optimizer];
  return entry.grid.find((g) => g.lr === entry.chosen)?.epochs ?? [];
}
