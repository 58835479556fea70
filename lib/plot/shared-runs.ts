import type { Objective, Optimizer } from '@/lib/optim';
import { simulateRuns, type RunOutcome, type RunSettings } from './runs';

/**
 * Several figures on one page often race the same optimizers on the same surface with the same
 * page values: the playground's contour plot and its loss curves, lessons 3 and 4's pairs. Each
 * used to simulate every run itself on every move of a slider. `sharedRuns` hands the second
 * figure the first one's runs: the same objective and learner's rule (by identity), the same
 * racers and the same numbers give the same outcome, since a run is deterministic.
 *
 * Only the few latest settings are kept: a drag makes a new setting per frame and never returns
 * to an old one exactly, so a longer memory would only hold garbage.
 */
const KEEP = 8;

interface Entry {
  readonly key: string;
  readonly record: 'points' | 'full';
  readonly runs: RunOutcome[];
}

const recent: Entry[] = [];

/** Identity numbers for objects, never reused, so a key never names a collected object's twin. */
const ids = new WeakMap<object, number>();
let lastId = 0;
function idOf(value: object | null): number {
  if (value === null) return 0;
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++lastId));
  return id;
}

/** {@link simulateRuns}, or the runs an identical call made recently. */
export function sharedRuns(
  objective: Objective,
  keys: readonly string[],
  custom: Optimizer<unknown> | null,
  settings: RunSettings,
): RunOutcome[] {
  const { lr, beta, w0, steps, record = 'points', level = 1e-6 } = settings;
  const key = [
    idOf(objective),
    idOf(custom),
    keys.join(','),
    lr,
    beta,
    Array.from(w0).join(','),
    steps,
    level,
  ].join('|');
  // A full record (gradients and steps too) serves a figure that wants only the points.
  const hit = recent.find((e) => e.key === key && (e.record === 'full' || record === 'points'));
  if (hit) return hit.runs;
  const runs = simulateRuns(objective, keys, custom, settings);
  recent.unshift({ key, record, runs });
  if (recent.length > KEEP) recent.pop();
  return runs;
}
