import type { RaceRequest } from './protocol';
import type { RaceStatus } from './race-progress';
import {
  describeBatch,
  describeRace,
  describeSettings,
  describeStart,
  raceLanes,
  type LaneSeries,
  type RaceSettings,
} from './race-view';
import { batchSizeFor, DEFAULT_SHAPE, raceEpochs, TRAIN_DIGITS } from './settings';

/**
 * The network race's words about its state, as pure functions of what the page holds: the live
 * line under the figure, and the note that names the race and says when the controls no longer
 * match it.
 */

/** What the learner has set on the page: the lanes' settings and the network's. */
export interface RaceChoice extends RaceSettings {
  readonly hidden: number;
  readonly seed: number;
}

/** The race Train starts for a choice (the page adds the request's id and the strip's digits). */
export type RaceSetup = Omit<RaceRequest, 'id' | 'strip'>;

export function raceSetup(choice: RaceChoice): RaceSetup {
  return {
    shape: { ...DEFAULT_SHAPE, hidden: choice.hidden },
    batchSize: batchSizeFor(choice.batch, TRAIN_DIGITS),
    seed: choice.seed,
    epochs: raceEpochs(choice.batch),
    lanes: raceLanes(choice),
  };
}

/** The race on screen, as the live line needs it. */
export interface RaceShown {
  readonly status: RaceStatus;
  readonly error: string | null;
  readonly lanes: readonly LaneSeries[];
  readonly epochsDone: number;
  /** The running race's epochs, or the next race's before the first Train. */
  readonly epochs: number;
}

/**
 * The live line: why the race stopped; before a race, what Train will race (so the line follows
 * every control); the digits loading; then where the lanes stand ("Paused." first while paused).
 */
export function raceStatusLine(race: RaceShown, choice: RaceChoice): string {
  switch (race.status) {
    case 'error':
      return `The race stopped: ${race.error}`;
    case 'idle':
      return describeStart(raceLanes(choice), describeBatch(choice.batch, TRAIN_DIGITS));
    case 'loading':
      return 'Loading the digits…';
    default: {
      const standing = describeRace({
        lanes: race.lanes,
        epochsDone: race.epochsDone,
        epochs: race.epochs,
        done: race.status === 'done',
      });
      return race.status === 'paused' ? `Paused. ${standing}` : standing;
    }
  }
}

/** Whether the controls now describe another race than the one on screen (false before one). */
export function raceChanged(request: RaceRequest | null, choice: RaceChoice): boolean {
  if (!request) return false;
  const next = raceSetup(choice);
  return (
    request.shape.hidden !== next.shape.hidden ||
    request.batchSize !== next.batchSize ||
    request.seed !== next.seed ||
    request.epochs !== next.epochs ||
    request.lanes.length !== next.lanes.length ||
    request.lanes.some((lane, i) => {
      const other = next.lanes[i];
      return (
        lane.key !== other.key ||
        lane.optimizer !== other.optimizer ||
        lane.lr !== other.lr ||
        lane.beta !== other.beta
      );
    })
  );
}

/** "batches of 32 (94 steps per epoch)": a request's batch in the words of describeBatch. */
function requestBatch(request: RaceRequest): string {
  return describeBatch(request.batchSize >= TRAIN_DIGITS ? 0 : request.batchSize, TRAIN_DIGITS);
}

/**
 * The note under the figure: the race on screen ("This race: …") or, before one, the race Train
 * will start ("Next race: …"); that the trainer runs on the page when no worker would start; and,
 * once the controls no longer match the race, how to race them.
 */
export function raceNote(options: {
  readonly request: RaceRequest | null;
  readonly choice: RaceChoice;
  readonly status: RaceStatus;
  readonly where: 'worker' | 'page' | null;
}): string {
  const { request, choice, status, where } = options;
  const settings = request
    ? `This race: ${describeSettings(request.lanes, requestBatch(request), request.shape.hidden, request.seed)}`
    : `Next race: ${describeSettings(raceLanes(choice), describeBatch(choice.batch, TRAIN_DIGITS), choice.hidden, choice.seed)}`;
  const onPage =
    where === 'page' &&
    'Training runs on the page in short slices (this browser would not start a worker).';
  const running = status === 'training' || status === 'loading';
  const changed =
    status !== 'idle' &&
    raceChanged(request, choice) &&
    (running
      ? 'The settings changed: press Reset, then Train, to race them.'
      : 'The settings changed: press Train to race them.');
  return [settings, onPage, changed].filter(Boolean).join(' ');
}
