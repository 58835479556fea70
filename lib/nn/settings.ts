import type { NetworkShape } from './mlp';

/**
 * The settings the lesson, its race, its exercises, the tuning script and the benchmarks share.
 * One place, so a number quoted in prose and the race on the page are the same experiment.
 */

/** The default network: 196 pixels → 16 ReLU units → 10 digits (3,322 parameters). */
export const DEFAULT_SHAPE: NetworkShape = {
  inputs: 196,
  hidden: 16,
  outputs: 10,
  activation: 'relu',
};

/**
 * Training digits in the shipped asset (lib/nn/data/mnist-14px.json, 300 of each class): the
 * pages know the size before the asset loads (it loads on the first Train), so "full batch" means
 * this many digits in a request and in the words that describe it.
 */
export const TRAIN_DIGITS = 3000;

/** Hidden-layer sizes the race offers. */
export const HIDDEN_CHOICES = [8, 16, 32, 64] as const;

/** The batch sizes the race offers; 0 stands for the full batch (every training digit). */
export const BATCH_CHOICES = [0, 256, 32] as const;
export type BatchChoice = (typeof BATCH_CHOICES)[number];

/** "Reached": test accuracy at or above this, and staying there (lib/optim `settledAbove`). */
export const TARGET_ACCURACY = 0.9;

/** The seeds every fair comparison is run over; the spread across them is reported. */
export const RACE_SEEDS = [1, 2, 3] as const;

/** The momentum every momentum method uses (β, and Adam's β₁): the practitioners' default. */
export const RACE_BETA = 0.9;

/**
 * Epochs a race runs for each batch choice: long enough that every tuned optimizer settles with
 * room to spare (so "stayed" is checked over many epochs after reaching), short enough to watch.
 */
export function raceEpochs(batch: number): number {
  if (batch === 0) return 150;
  return batch >= 256 ? 40 : 20;
}

/** The batch size a choice means for a training set of n digits. */
export function batchSizeFor(choice: number, n: number): number {
  return choice > 0 && choice < n ? choice : n;
}
