import { describe, expect, it } from 'vitest';
import { gd, heavyBall, makeOptimizer, nesterov, type Optimizer } from '../optim';
import { firstDigits } from './digits';
import { kernelOf } from './lane';
import type { NetworkShape } from './mlp';
import { createRace, trainNetwork } from './race';
import { shippedDigits } from './shipped-digits';

const digits = shippedDigits();
// A small problem keeps these tests fast; the shipped sizes are exercised by the tuning record.
const data = { train: firstDigits(digits.train, 400), test: firstDigits(digits.test, 200) };
const shape: NetworkShape = { inputs: 196, hidden: 8, outputs: 10, activation: 'relu' };
const fullBatch = { shape, data, batchSize: 400, seed: 7 };
const minibatch = { shape, data, batchSize: 32, seed: 7 };

const racers = () => [
  { key: 'gd', optimizer: makeOptimizer('gd', { lr: 0.5 }) },
  { key: 'heavy-ball', optimizer: makeOptimizer('heavy-ball', { lr: 0.1, beta: 0.9 }) },
  { key: 'nesterov', optimizer: makeOptimizer('nesterov', { lr: 0.1, beta: 0.9 }) },
  { key: 'adam', optimizer: makeOptimizer('adam', { lr: 0.01 }) },
];

/** An optimizer with its kernel hidden, so training takes the pure init/update path. */
function pureOnly(optimizer: Optimizer<unknown>): Optimizer<unknown> {
  return { ...optimizer, kernel: undefined };
}

describe('trainNetwork', () => {
  it('learns: test accuracy rises well above chance and the training loss falls', () => {
    const run = trainNetwork(fullBatch, heavyBall({ lr: 0.2, beta: 0.9 }), 25);
    expect(run.losses).toHaveLength(26);
    expect(run.accuracies[0]).toBeLessThan(0.3);
    expect(run.accuracies[25]).toBeGreaterThan(0.5); // chance is 0.1
    expect(run.losses[25]).toBeLessThan(run.losses[0] / 2);
  });

  it('is bit-reproducible: the same seed gives the same losses, another seed different ones', () => {
    const a = trainNetwork(minibatch, makeOptimizer('heavy-ball', { lr: 0.05, beta: 0.9 }), 3);
    const b = trainNetwork(minibatch, makeOptimizer('heavy-ball', { lr: 0.05, beta: 0.9 }), 3);
    const c = trainNetwork(
      { ...minibatch, seed: 8 },
      makeOptimizer('heavy-ball', { lr: 0.05, beta: 0.9 }),
      3,
    );
    expect(a.losses).toEqual(b.losses);
    expect(a.accuracies).toEqual(b.accuracies);
    expect(c.losses).not.toEqual(a.losses);
  });

  it('gives the same bits through the optimizers’ in-place kernels as through their pure updates', () => {
    for (const optimizer of [
      gd({ lr: 0.5 }),
      heavyBall({ lr: 0.1, beta: 0.9 }),
      nesterov({ lr: 0.1, beta: 0.9 }),
      makeOptimizer('adam', { lr: 0.01 }),
    ]) {
      const fast = trainNetwork(minibatch, optimizer, 2);
      const pure = trainNetwork(minibatch, pureOnly(optimizer), 2);
      expect(fast.losses, optimizer.name).toEqual(pure.losses);
    }
  });

  it('with β = 0 the heavy ball and Nesterov train exactly like gradient descent', () => {
    const plain = trainNetwork(minibatch, gd({ lr: 0.3 }), 2);
    expect(trainNetwork(minibatch, heavyBall({ lr: 0.3, beta: 0 }), 2).losses).toEqual(
      plain.losses,
    );
    expect(trainNetwork(minibatch, nesterov({ lr: 0.3, beta: 0 }), 2).losses).toEqual(plain.losses);
  });

  it('stops a diverging run and keeps only finite numbers', () => {
    const run = trainNetwork(fullBatch, gd({ lr: 1e4 }), 10);
    expect(run.diverged).toBe(true);
    expect(run.losses.length).toBeLessThan(11);
    expect(run.losses.every(Number.isFinite)).toBe(true);
  });
});

describe('createRace', () => {
  it('gives the same numbers however finely it is sliced', () => {
    const whole = createRace(minibatch, racers(), 3);
    whole.advance(() => false);
    const sliced = createRace(minibatch, racers(), 3);
    let units = 0;
    while (!sliced.done()) sliced.advance(() => ++units % 7 === 0);
    expect(units).toBeGreaterThan(100);
    sliced.lanes.forEach((lane, i) => {
      expect(lane.losses).toEqual(whole.lanes[i].losses);
      expect(lane.accuracies).toEqual(whole.lanes[i].accuracies);
    });
  });

  it('keeps the lanes within one epoch of each other while it runs', () => {
    const race = createRace(fullBatch, racers(), 6);
    while (!race.done()) {
      race.advance(() => true);
      const epochs = race.lanes.map((l) => l.epochs());
      expect(Math.max(...epochs) - Math.min(...epochs)).toBeLessThanOrEqual(1);
    }
    expect(race.epochsDone()).toBe(6);
  });

  it('starts every optimizer from the same weights', () => {
    const race = createRace(fullBatch, racers(), 1);
    const first = race.lanes.map((l) => l.losses[0]);
    expect(new Set(first).size).toBe(1);
  });

  it('refuses a negative or fractional number of epochs', () => {
    expect(() => createRace(fullBatch, racers(), -1)).toThrow(/epochs/);
    expect(() => createRace(fullBatch, racers(), 2.5)).toThrow(/epochs/);
  });
});

describe('kernelOf', () => {
  it('uses the optimizer’s own kernel when it has one', () => {
    const optimizer = heavyBall({ lr: 0.1 });
    const w = new Float64Array([1, 2]);
    kernelOf(optimizer, w).step(w, new Float64Array([1, 1]), () => {});
    expect(Array.from(w)).toEqual([1 - 0.1, 2 - 0.1]);
  });
});
