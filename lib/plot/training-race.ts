/**
 * A training race that can be run a few epochs at a time (so a long minibatch run never
 * freezes the page) and gives the same numbers however it is split. Who races and what the race
 * says are in race-view.ts.
 */
import { train, type Optimizer, type TrainingProblem, type Vector } from '@/lib/optim';

/** One racer: its loss after every finished epoch (losses[0] is the start). */
export interface RaceLane {
  readonly key: string;
  readonly losses: number[];
  diverged: boolean;
}

/** Options of {@link createRace}. */
export interface RaceOptions {
  readonly epochs: number;
  /** Examples per step; default the whole data set (one exact gradient step per epoch). */
  readonly batchSize?: number;
  /** Seed of the shuffles; epoch e shuffles with a seed derived from (seed, e). */
  readonly seed?: number;
}

export interface Race {
  readonly lanes: readonly RaceLane[];
  /** Epochs every lane has finished (or stopped at by diverging). */
  epochsDone(): number;
  done(): boolean;
  /** Runs up to `epochs` more epochs of every lane that is still going. */
  advance(epochs: number): void;
}

/**
 * Trains each optimizer on the same problem from the same start with lib/optim's `train`, one
 * epoch per call, carrying the weights and the optimizer state (the velocity) from epoch to
 * epoch. Because every epoch's shuffle seed depends only on (seed, epoch), the result does not
 * depend on how the work is split across animation frames.
 */
export function createRace(
  problem: TrainingProblem,
  optimizers: readonly { key: string; optimizer: Optimizer<unknown> }[],
  options: RaceOptions,
): Race {
  const start = problem.f(problem.start ?? new Array<number>(problem.dim).fill(0));
  const runners = optimizers.map(({ key, optimizer }) => {
    let state: unknown = undefined;
    // The optimizer with its state carried over: train() calls init once per call.
    const carried: Optimizer<unknown> = {
      ...optimizer,
      init: (w0) => (state === undefined ? (state = optimizer.init(w0)) : state),
      update: (g, s, w, gradAt) => {
        const out = optimizer.update(g, s, w, gradAt);
        state = out.state;
        return out;
      },
    };
    return {
      lane: { key, losses: [start], diverged: false } as RaceLane,
      carried,
      w: problem.start as Vector | undefined,
    };
  });
  let epoch = 0;
  const seed = options.seed ?? 0;
  const total = Math.max(0, Math.floor(options.epochs));

  return {
    lanes: runners.map((r) => r.lane),
    epochsDone: () => epoch,
    done: () => epoch >= total || runners.every((r) => r.lane.diverged),
    advance(count) {
      const stop = Math.min(total, epoch + Math.max(1, Math.floor(count)));
      for (; epoch < stop; epoch++) {
        for (const runner of runners) {
          if (runner.lane.diverged) continue;
          const result = train(problem, runner.carried, {
            epochs: 1,
            batchSize: options.batchSize,
            seed: (Math.imul(seed ^ 0x9e3779b9, 31) + epoch) >>> 0,
            w0: runner.w,
            // A lane records one loss per epoch: scoring every minibatch step would be wasted.
            stepLosses: false,
          });
          if (result.status === 'diverged' || result.losses.length < 2) {
            runner.lane.diverged = true;
            continue;
          }
          runner.w = result.weights;
          runner.lane.losses.push(result.losses[1]);
        }
      }
    },
  };
}

/**
 * A fixed log-scale range for f − f*: from a decade above twice the starting excess down
 * `decades` decades, so the curves fill the height and the axes never move during a race.
 */
export function excessLossRange(startExcess: number, decades = 9): [number, number] {
  const top = 10 ** Math.ceil(Math.log10(Math.max(2 * startExcess, 1e-12)));
  return [top / 10 ** decades, top];
}

/** The batch sizes the race offers (0 is the full batch). */
const BATCH_CHOICES = [0, 128, 32, 8, 1] as const;

/**
 * The batch-size menu for a data set of n rows: the full batch, then the usual sizes, then the
 * page's own size when it is none of those (so a lesson's batchSize={50} shows as chosen).
 */
export function batchOptions(n: number, batch: number): { value: number; label: string }[] {
  const options = BATCH_CHOICES.map((b) => ({
    value: b as number,
    label: b === 0 ? `all ${n} (full batch)` : String(b),
  }));
  if (batch < n && !options.some((o) => o.value === batch)) {
    options.push({ value: batch, label: String(batch) });
  }
  return options;
}

/**
 * The seeds a race runs over: `count` seeds from `first` for a minibatch race (its claims are
 * averaged over seeds), one for a full-batch race, which has no randomness to average.
 */
export function raceSeeds(batch: number, n: number, count: number, first: number): number[] {
  const seeds = batch < n ? Math.max(1, Math.floor(count)) : 1;
  return Array.from({ length: seeds }, (_, i) => first + i);
}

/** Trains a set of races a slice at a time; see {@link sliceTrainer}. */
export interface SliceTrainer {
  /** Trains until every race is done or `timeLeft()` reaches 0. */
  train(timeLeft: () => number): void;
  done(): boolean;
  /** Time spent training so far, in the clock's units (ms). */
  spent(): number;
}

/**
 * Trains `races` in slices of the page's spare time: the first unfinished race first (the one a
 * figure draws finishes soonest), as many epochs at once as the speed measured so far says fit
 * in the time left. A slice with any time left trains at least one epoch, so a race always moves
 * on, and no more once the next would not fit. `now` is the clock (performance.now in a page).
 */
export function sliceTrainer(races: readonly Race[], now: () => number): SliceTrainer {
  let spent = 0;
  let perEpoch = 0;
  const done = () => races.every((r) => r.done());
  return {
    train(timeLeft) {
      const started = now();
      let trained = false;
      for (let race = races.find((r) => !r.done()); race && timeLeft() > 0;) {
        // After a slice's first epochs, stop when the next would not fit in the time left.
        if (trained && perEpoch > timeLeft()) break;
        const epochs = perEpoch > 0 ? Math.max(1, Math.floor(timeLeft() / perEpoch)) : 1;
        const t = now();
        const before = race.epochsDone();
        race.advance(epochs);
        perEpoch = (now() - t) / Math.max(1, race.epochsDone() - before);
        trained = true;
        race = races.find((r) => !r.done());
      }
      spent += now() - started;
    },
    done,
    spent: () => spent,
  };
}
