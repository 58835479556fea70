import type { Optimizer } from './optim';
import { createLane, type Lane, type TrainingSetup } from './lane';

/** One entrant of a race: a stable key (for colours and legends) and its optimizer. */
export interface Racer {
  readonly key: string;
  readonly optimizer: Optimizer<unknown>;
}

export interface Race {
  readonly lanes: readonly (Lane & { readonly key: string })[];
  /** Epochs each lane runs. */
  readonly epochs: number;
  /** Epochs every lane still running has completed (diverged lanes do not hold the race back). */
  epochsDone(): number;
  done(): boolean;
  /**
   * Does units of work until `stop()` says so (asked after every unit) or the race is over. The
   * lanes advance in turn so that none is ever more than one epoch ahead of another: the curves
   * grow together, and where the race is paused never changes any result.
   */
  advance(stop: () => boolean): void;
}

/**
 * Several optimizers training the same network on the same data from the same start, each for
 * `epochs` epochs. Sliced however finely (a worker's progress messages, a page's animation
 * frames), a race gives the same numbers as one run to the end: a test holds it to that.
 */
export function createRace(setup: TrainingSetup, racers: readonly Racer[], epochs: number): Race {
  if (!Number.isInteger(epochs) || epochs < 0)
    throw new RangeError(`epochs must be a whole number ≥ 0, got ${epochs}`);
  const lanes = racers.map((r) => Object.assign(createLane(setup, r.optimizer), { key: r.key }));
  const running = () => lanes.filter((l) => !l.diverged() && l.epochs() < epochs);
  const race: Race = {
    lanes,
    epochs,
    epochsDone() {
      const active = lanes.filter((l) => !l.diverged());
      return active.length ? Math.min(...active.map((l) => l.epochs())) : epochs;
    },
    done: () => running().length === 0,
    advance(stop) {
      for (;;) {
        const candidates = running();
        if (candidates.length === 0) return;
        // The lane furthest behind goes next (the first of them on a tie).
        let next = candidates[0];
        for (const lane of candidates) if (lane.epochs() < next.epochs()) next = lane;
        next.work();
        if (stop()) return;
      }
    },
  };
  return race;
}

/** Runs one optimizer to the end: its losses and test accuracies per epoch. */
export function trainNetwork(
  setup: TrainingSetup,
  optimizer: Optimizer<unknown>,
  epochs: number,
): { losses: number[]; accuracies: number[]; diverged: boolean } {
  const race = createRace(setup, [{ key: optimizer.name, optimizer }], epochs);
  race.advance(() => false);
  const lane = race.lanes[0];
  return { losses: lane.losses, accuracies: lane.accuracies, diverged: lane.diverged() };
}
