import { describe, expect, it } from 'vitest';
import asset from './data/mnist-14px.json';
import type { DigitAsset } from './data/make-digits';
import { firstDigits } from './digits';
import type { FromTrainer, RaceRequest, ToTrainer, TrainerPort } from './protocol';
import { createRace } from './race';
import { serveTrainer } from './serve';
import { shippedDigits } from './shipped-digits';
import { raceOptimizer } from './tuning';

/** A trainer on a fake port, with a clock that advances one "ms" per reading. */
function harness() {
  const received: FromTrainer[] = [];
  const queue: (() => void)[] = [];
  let ticks = 0;
  const port: TrainerPort = { postMessage: (m) => received.push(m), onmessage: null };
  serveTrainer(port, { now: () => ticks++, defer: (fn) => queue.push(fn), sliceMs: 5 });
  const send = (message: ToTrainer) => port.onmessage?.({ data: message });
  /** Runs queued slices; returns how many ran. */
  const run = (limit = Infinity) => {
    let n = 0;
    while (queue.length && n < limit) {
      queue.shift()!();
      n++;
    }
    return n;
  };
  return { received, send, run };
}

const request: RaceRequest = {
  id: 1,
  shape: { inputs: 196, hidden: 6, outputs: 10, activation: 'relu' },
  batchSize: 500,
  seed: 3,
  epochs: 3,
  lanes: [
    { key: 'gd', optimizer: 'gd', lr: 0.5, beta: 0.9 },
    { key: 'heavy-ball', optimizer: 'heavy-ball', lr: 0.1, beta: 0.9 },
  ],
  strip: [0, 1, 2],
};

// The whole asset crosses the port; a small training set keeps the test quick.
const small: DigitAsset = {
  ...(asset as DigitAsset),
  train: {
    labels: (asset as DigitAsset).train.labels.slice(0, 500),
    pixels: (asset as DigitAsset).train.pixels.slice(0, 500 * 196),
  },
};

/** Joins the deltas of the progress messages of race `id` into whole series per lane. */
function collect(received: FromTrainer[], id: number) {
  const lanes = new Map<string, { losses: number[]; accuracies: number[] }>();
  for (const m of received) {
    if (m.type !== 'progress' || m.id !== id) continue;
    for (const l of m.lanes) {
      const lane = lanes.get(l.key) ?? { losses: [], accuracies: [] };
      expect(l.from).toBe(lane.losses.length);
      lane.losses.push(...l.losses);
      lane.accuracies.push(...l.accuracies);
      lanes.set(l.key, lane);
    }
  }
  return lanes;
}

describe('serveTrainer', () => {
  it('streams, in slices, exactly the numbers of a race run in one go', () => {
    const h = harness();
    h.send({ type: 'data', asset: small });
    h.send({ type: 'start', race: request });
    h.run();
    const last = h.received[h.received.length - 1];
    expect(last).toMatchObject({ type: 'progress', id: 1, done: true, epochsDone: 3 });
    expect(h.received.filter((m) => m.type === 'progress').length).toBeGreaterThan(3);

    const digits = shippedDigits();
    const race = createRace(
      {
        shape: request.shape,
        data: { train: firstDigits(digits.train, 500), test: digits.test },
        batchSize: 500,
        seed: 3,
      },
      request.lanes.map((l) => ({
        key: l.key,
        optimizer: raceOptimizer(l.optimizer, l.lr, l.beta),
      })),
      3,
    );
    race.advance(() => false);
    const streamed = collect(h.received, 1);
    for (const lane of race.lanes) {
      expect(streamed.get(lane.key)?.losses).toEqual(lane.losses);
      expect(streamed.get(lane.key)?.accuracies).toEqual(lane.accuracies);
    }
    if (last.type === 'progress') expect(last.lanes[0].predictions).toHaveLength(3);
  });

  it('pauses between slices, resumes where it stopped, and forgets a stopped race', () => {
    const h = harness();
    h.send({ type: 'data', asset: small });
    h.send({ type: 'start', race: request });
    h.run(2);
    h.send({ type: 'pause' });
    const before = h.received.length;
    expect(h.run()).toBeLessThanOrEqual(1); // the slice already queued sees the pause and does nothing
    expect(h.received.length).toBe(before);
    h.send({ type: 'resume' });
    h.run();
    const whole = collect(h.received, 1);
    expect(whole.get('gd')?.losses).toHaveLength(4);

    h.send({ type: 'start', race: { ...request, id: 2 } });
    h.run(1);
    h.send({ type: 'stop' });
    const stopped = h.received.length;
    h.run();
    expect(h.received.length).toBe(stopped);
  });

  it('answers a bad request with an error message instead of throwing', () => {
    const h = harness();
    h.send({ type: 'start', race: request });
    expect(h.received[0]).toMatchObject({
      type: 'error',
      id: 1,
      message: expect.stringMatching(/digits/),
    });
    h.send({ type: 'data', asset: small });
    h.send({ type: 'start', race: { ...request, id: 5, shape: { ...request.shape, hidden: 0 } } });
    expect(h.received[1]).toMatchObject({
      type: 'error',
      id: 5,
      message: expect.stringMatching(/hidden/),
    });
  });
});
