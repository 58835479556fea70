import { decodeDigits, type DigitSet } from './digits';
import { createWorkspace, predict } from './mlp';
import type { FromTrainer, LaneProgress, RaceRequest, TrainerPort } from './protocol';
import { createRace, type Race } from './race';
import { raceOptimizer } from './tuning';

/** How the trainer is scheduled where it runs. */
export interface TrainerClock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Runs `fn` soon, after pending messages (setTimeout 0 in a worker or on a page). */
  defer(fn: () => void): void;
  /** Longest stretch of training between two progress messages (and two chances to pause). */
  readonly sliceMs: number;
}

/**
 * Answers a page's race requests on `port`: trains in slices of at most `sliceMs` (each slice
 * ends after the first unit of work past the budget: one optimizer step or one evaluation),
 * posting what each lane added after every slice; pauses, resumes and stops between slices.
 * A worker runs this with long slices; a page that cannot start a worker runs the very same
 * code with slices short enough to keep scrolling and sliders smooth.
 */
export function serveTrainer(port: TrainerPort, clock: TrainerClock): void {
  let digits: DigitSet | null = null;
  let current: {
    request: RaceRequest;
    race: Race;
    sent: number[];
    ms: number;
    paused: boolean;
    scheduled: boolean;
  } | null = null;

  const fail = (id: number, error: unknown) =>
    port.postMessage({ type: 'error', id, message: (error as Error).message ?? String(error) });

  const report = (run: NonNullable<typeof current>) => {
    const { race, request } = run;
    const ws = createWorkspace(request.shape);
    const lanes: LaneProgress[] = race.lanes.map((lane, i) => {
      const from = run.sent[i];
      run.sent[i] = lane.accuracies.length;
      return {
        key: lane.key,
        from,
        losses: lane.losses.slice(from),
        accuracies: lane.accuracies.slice(from),
        diverged: lane.diverged(),
        predictions: digits
          ? predict(request.shape, lane.params, digits.test, [...request.strip], ws)
          : [],
      };
    });
    const message: FromTrainer = {
      type: 'progress',
      id: request.id,
      epochsDone: race.epochsDone(),
      lanes,
      done: race.done(),
      ms: run.ms,
    };
    port.postMessage(message);
  };

  const slice = (run: NonNullable<typeof current>) => {
    run.scheduled = false;
    // A slice scheduled for a race that was stopped or replaced since does nothing.
    if (current !== run || run.paused) return;
    try {
      const started = clock.now();
      run.race.advance(() => clock.now() - started >= clock.sliceMs);
      run.ms += clock.now() - started;
      report(run);
    } catch (error) {
      fail(run.request.id, error);
      current = null;
      return;
    }
    if (!run.race.done()) schedule(run);
    else if (current === run) current = null;
  };

  const schedule = (run: NonNullable<typeof current>) => {
    if (run.scheduled || current !== run) return;
    run.scheduled = true;
    clock.defer(() => slice(run));
  };

  port.onmessage = ({ data: message }) => {
    switch (message.type) {
      case 'data':
        try {
          digits = decodeDigits(message.asset);
        } catch (error) {
          fail(-1, error);
        }
        return;
      case 'start': {
        const request = message.race;
        if (!digits) return fail(request.id, new Error('The digits have not arrived yet.'));
        try {
          const race = createRace(
            {
              shape: request.shape,
              data: digits,
              batchSize: request.batchSize,
              seed: request.seed,
              trackLoss: request.trackLoss ?? true,
            },
            request.lanes.map((l) => ({
              key: l.key,
              optimizer: raceOptimizer(l.optimizer, l.lr, l.beta),
            })),
            request.epochs,
          );
          current = {
            request,
            race,
            sent: race.lanes.map(() => 0),
            ms: 0,
            paused: false,
            scheduled: false,
          };
          report(current);
          schedule(current);
        } catch (error) {
          current = null;
          fail(request.id, error);
        }
        return;
      }
      case 'pause':
        if (current) current.paused = true;
        return;
      case 'resume':
        if (current) {
          current.paused = false;
          schedule(current);
        }
        return;
      case 'stop':
        current = null;
        return;
    }
  };
}
