import type { FromTrainer } from './protocol';

/**
 * What a race on the page is doing: nothing yet, loading the digits, training, paused, finished,
 * or stopped by an error.
 */
export type RaceStatus = 'idle' | 'loading' | 'training' | 'paused' | 'done' | 'error';

/** Everything streamed so far for one lane of a race. */
export interface StreamedLane {
  readonly key: string;
  readonly losses: readonly number[];
  readonly accuracies: readonly number[];
  readonly diverged: boolean;
  readonly predictions: readonly number[];
}

type Progress = Extract<FromTrainer, { type: 'progress' }>;

/**
 * Adds one progress message to the lanes streamed so far: each lane's message holds the epochs
 * from index `from` on, so a message repeated or received after a later one never duplicates
 * an epoch. Returns new lane objects (the old ones stay as they were).
 */
export function foldProgress(
  lanes: readonly StreamedLane[],
  message: Progress,
): readonly StreamedLane[] {
  return message.lanes.map((delta) => {
    const before = lanes.find((l) => l.key === delta.key);
    return {
      key: delta.key,
      losses: (before?.losses ?? []).slice(0, delta.from).concat(delta.losses),
      accuracies: (before?.accuracies ?? []).slice(0, delta.from).concat(delta.accuracies),
      diverged: delta.diverged,
      predictions: delta.predictions,
    };
  });
}
