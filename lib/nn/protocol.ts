import type { DigitAsset } from './data/make-digits';
import type { NetworkShape } from './mlp';
import type { RaceOptimizer } from './tuning';

/**
 * The messages between a page and the trainer that serves it (a Web Worker, or the same code in
 * short slices on the page itself). Everything is plain data, so it crosses `postMessage`.
 */

/** One lane of a requested race: which optimizer, at which step and momentum. */
export interface LaneRequest {
  readonly key: string;
  readonly optimizer: RaceOptimizer;
  readonly lr: number;
  /** β for the heavy ball and Nesterov, β₁ for Adam; ignored by gradient descent. */
  readonly beta: number;
}

/** Everything a race needs; `id` tags every progress message, so stale ones are dropped. */
export interface RaceRequest {
  readonly id: number;
  readonly shape: NetworkShape;
  /** Examples per step; the training set's size (or more) for full batch. */
  readonly batchSize: number;
  readonly seed: number;
  readonly epochs: number;
  /** Record the training loss each epoch (default true; a challenge only needs accuracy). */
  readonly trackLoss?: boolean;
  readonly lanes: readonly LaneRequest[];
  /** Test digits whose current predictions every progress message carries (the strip). */
  readonly strip: readonly number[];
}

export type ToTrainer =
  | { readonly type: 'data'; readonly asset: DigitAsset }
  | { readonly type: 'start'; readonly race: RaceRequest }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'stop' };

/** What one lane added since the previous message. */
export interface LaneProgress {
  readonly key: string;
  /** Index of the first new epoch: losses[from + j] is this message's losses[j]. */
  readonly from: number;
  readonly losses: number[];
  readonly accuracies: number[];
  readonly diverged: boolean;
  /** The lane's current guess for each strip digit. */
  readonly predictions: number[];
}

export type FromTrainer =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly epochsDone: number;
      readonly lanes: LaneProgress[];
      readonly done: boolean;
      /** Milliseconds spent training so far (pauses excluded). */
      readonly ms: number;
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** The two ends of a message channel, as a worker's `self` or a page-side stand-in offers them. */
export interface TrainerPort {
  postMessage(message: FromTrainer): void;
  onmessage: ((event: { data: ToTrainer }) => void) | null;
}
