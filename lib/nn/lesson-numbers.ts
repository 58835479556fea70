import type { SeedEpochs } from './tuning';
import { medianEpochs } from './tuning';
import type { TunedBatch } from './tuned-steps';
import { significant } from '@/lib/plot/format';

/**
 * How the network lesson writes the tuning record's numbers, shared by the test that holds the
 * prose to the record (content/lessons/network-numbers.test.ts).
 */

/** A step size as the lesson prints it: three significant digits. */
export function formatStep(lr: number): string {
  return significant(lr, 3);
}

/** "28 (25–36)": the median over the seeds and their range; "never" when a seed never settles. */
export function formatEpochs(epochs: SeedEpochs): string {
  if (epochs.some((e) => e === null)) {
    const settled = epochs.filter((e): e is number => e !== null);
    return settled.length === 0
      ? 'never'
      : `${settled.length} of ${epochs.length} seeds (${settled.join(', ')})`;
  }
  const values = epochs as number[];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const median = medianEpochs(values);
  return lo === hi ? `${median} (every seed)` : `${median} (${lo}–${hi})`;
}

/** The ratio of two medians, one decimal: "2.3". */
export function formatRatio(slower: SeedEpochs, faster: SeedEpochs): string {
  return (medianEpochs(slower) / medianEpochs(faster)).toFixed(1);
}

/** The chosen step's seeds for an optimizer of a batch record. */
export function chosenEpochs(batch: TunedBatch, name: keyof TunedBatch['optimizers']): SeedEpochs {
  const entry = batch.optimizers[name];
  return entry.grid.find((g) => g.lr === entry.chosen)?.epochs ?? [];
}
