import { describe, expect, it } from 'vitest';
import { significant } from '@/lib/plot/format';
import type { RaceRequest } from './protocol';
import {
  raceChanged,
  raceNote,
  raceSetup,
  raceStatusLine,
  type RaceChoice,
  type RaceShown,
} from './race-status';
import { raceLanes, type LaneSeries } from './race-view';
import { TRAIN_DIGITS } from './settings';
import { tunedStep } from './tuned-steps';

const choice: RaceChoice = {
  alpha: 0.5,
  beta: 0.9,
  gdStep: 'effective',
  batch: 0,
  hidden: 16,
  seed: 1,
};

/** The request Train sends for a choice. */
const requestFor = (c: RaceChoice): RaceRequest => ({ ...raceSetup(c), id: 1, strip: [3, 7] });

const lane = (key: string, label: string, accuracies: number[]): LaneSeries => ({
  key,
  label,
  losses: [],
  accuracies,
  diverged: false,
});

const shown = (status: RaceShown['status'], lanes: LaneSeries[] = []): RaceShown => ({
  status,
  error: status === 'error' ? 'out of memory' : null,
  lanes,
  epochsDone: lanes[0]?.accuracies.length ?? 0,
  epochs: 150,
});

describe('raceSetup', () => {
  it('trains the choice’s network on every training digit for a full batch, the race’s epochs long', () => {
    const setup = raceSetup(choice);
    expect(setup).toMatchObject({ batchSize: TRAIN_DIGITS, seed: 1, epochs: 150 });
    expect(setup.shape.hidden).toBe(16);
    expect(setup.lanes).toEqual(raceLanes(choice));
    expect(raceSetup({ ...choice, batch: 32, hidden: 64 })).toMatchObject({
      batchSize: 32,
      epochs: 20,
      shape: { hidden: 64 },
    });
  });
});

describe('raceStatusLine', () => {
  it('before a race, says what Train will race with the choice’s batch', () => {
    expect(raceStatusLine(shown('idle'), choice)).toBe(
      'Press Train to race momentum (α = 0.5, β = 0.9) against gradient descent (α = 5), ' +
        `Nesterov (α = 0.5, β = 0.9) and Adam (α = ${significant(raceLanes(choice)[3].lr, 3)}), ` +
        'with full batch (all 3,000 training digits, one step per epoch).',
    );
  });

  it('says the digits are loading, or why the race stopped', () => {
    expect(raceStatusLine(shown('loading'), choice)).toBe('Loading the digits…');
    expect(raceStatusLine(shown('error'), choice)).toBe('The race stopped: out of memory');
  });

  it('while training, says where each lane stands, and that it is paused when it is', () => {
    const lanes = [
      lane('gd', 'Gradient descent', [0.1, 0.5]),
      lane('heavy-ball', 'Momentum', [0.2, 0.8]),
    ];
    const training =
      'Training… epoch 2 of 150. Test accuracy: Gradient descent 50.0%, Momentum 80.0%.';
    expect(raceStatusLine(shown('training', lanes), choice)).toBe(training);
    expect(raceStatusLine(shown('paused', lanes), choice)).toBe(`Paused. ${training}`);
  });

  it('once done, says when momentum and gradient descent reached the target and stayed', () => {
    const lanes = [
      lane('gd', 'Gradient descent', [0.1, 0.5, 0.91, 0.92]),
      lane('heavy-ball', 'Momentum', [0.1, 0.91, 0.92, 0.93]),
    ];
    expect(raceStatusLine({ ...shown('done', lanes), epochs: 4 }, choice)).toBe(
      'Momentum reached 90% test accuracy and stayed there from epoch 1; gradient descent from epoch 2: 2.0× fewer epochs.',
    );
  });
});

describe('raceChanged', () => {
  it('is false before any race and while the controls match the race on screen', () => {
    expect(raceChanged(null, choice)).toBe(false);
    expect(raceChanged(requestFor(choice), { ...choice })).toBe(false);
  });

  it('is true once any setting the race was started with changes', () => {
    const request = requestFor(choice);
    for (const change of [
      { alpha: 0.4 },
      { beta: 0.8 },
      { gdStep: 'tuned' as const },
      { batch: 256 },
      { hidden: 32 },
      { seed: 2 },
    ])
      expect(raceChanged(request, { ...choice, ...change }), JSON.stringify(change)).toBe(true);
  });

  it('sees a changed lane even where the other settings agree', () => {
    const request = requestFor(choice);
    const lanes = request.lanes.map((l) =>
      l.key === 'adam' ? { ...l, lr: tunedStep('adam', 32) } : l,
    );
    expect(raceChanged({ ...request, lanes }, choice)).toBe(true);
    expect(raceChanged({ ...request, lanes: request.lanes.slice(0, 3) }, choice)).toBe(true);
  });
});

describe('raceNote', () => {
  const note = (options: Partial<Parameters<typeof raceNote>[0]>) =>
    raceNote({ request: null, choice, status: 'idle', where: null, ...options });

  it('names the next race before one and the race on screen during it, in the same words', () => {
    const next = note({});
    expect(next).toMatch(
      /^Next race: full batch \(all 3,000 training digits, one step per epoch\), 16 hidden units, seed 1; /,
    );
    expect(note({ request: requestFor(choice), status: 'training' })).toBe(
      next.replace('Next race:', 'This race:'),
    );
  });

  it('names a race in batches by its batch, whatever the controls say now', () => {
    const request = requestFor({ ...choice, batch: 32 });
    expect(note({ request, status: 'done' })).toMatch(
      /^This race: batches of 32 \(94 steps per epoch\), .*The settings changed: press Train to race them\.$/,
    );
  });

  it('says how to race changed settings: Reset first while a race runs, Train once it has stopped', () => {
    const request = requestFor(choice);
    const changed = { ...choice, seed: 9 };
    expect(note({ request, choice: changed, status: 'training' })).toMatch(
      /seed 1; .* The settings changed: press Reset, then Train, to race them\.$/,
    );
    expect(note({ request, choice: changed, status: 'loading' })).toMatch(
      /press Reset, then Train/,
    );
    for (const status of ['paused', 'done', 'error'] as const)
      expect(note({ request, choice: changed, status })).toMatch(
        /The settings changed: press Train to race them\.$/,
      );
    expect(note({ request, status: 'done' })).not.toMatch(/changed/);
  });

  it('says when training runs on the page because no worker would start', () => {
    expect(note({ where: 'page' })).toMatch(
      /\. Training runs on the page in short slices \(this browser would not start a worker\)\.$/,
    );
    expect(note({ where: 'worker' })).not.toMatch(/short slices/);
  });
});
