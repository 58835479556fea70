import { describe, expect, it } from 'vitest';
import { gd, heavyBall, train, trainingProblem } from '@/lib/optim';
import { batchOptions, createRace, excessLossRange } from './training-race';

const problem = trainingProblem({ features: ['Horsepower', 'Weight_in_lbs'], standardize: true });

describe('the training race', () => {
  it('createRace with full batches gives exactly the losses of one train() call', () => {
    const race = createRace(
      problem,
      [{ key: 'heavy-ball', optimizer: heavyBall({ lr: 0.5, beta: 0.7 }) }],
      { epochs: 30 },
    );
    race.advance(30);
    const whole = train(problem, heavyBall({ lr: 0.5, beta: 0.7 }), { epochs: 30 });
    expect(race.lanes[0].losses).toEqual(whole.losses);
    expect(race.done()).toBe(true);
  });

  it('createRace gives the same minibatch run however the epochs are split', () => {
    const make = () =>
      createRace(problem, [{ key: 'heavy-ball', optimizer: heavyBall({ lr: 0.05, beta: 0.9 }) }], {
        epochs: 12,
        batchSize: 16,
        seed: 3,
      });
    const once = make();
    once.advance(12);
    const split = make();
    for (const n of [1, 5, 2, 4]) split.advance(n);
    expect(split.epochsDone()).toBe(12);
    expect(split.lanes[0].losses).toEqual(once.lanes[0].losses);
  });

  it('a lane that diverges stops and the others keep racing', () => {
    const race = createRace(
      problem,
      [
        { key: 'gd', optimizer: gd({ lr: 3 }) },
        { key: 'heavy-ball', optimizer: heavyBall({ lr: 0.5, beta: 0.5 }) },
      ],
      { epochs: 200 },
    );
    race.advance(200);
    expect(race.lanes[0].diverged).toBe(true);
    expect(race.lanes[0].losses.length).toBeLessThan(201);
    expect(race.lanes[1].losses).toHaveLength(201);
  });

  it('excessLossRange(start) tops out at the decade above twice the start and spans 9 decades', () => {
    expect(excessLossRange(296)).toEqual([1e-6, 1e3]);
    const [lo, hi] = excessLossRange(0.3, 4);
    expect(hi).toBe(1);
    expect(lo).toBeCloseTo(1e-4, 12);
  });
});

describe('the batch-size menu', () => {
  it('offers the full batch first, named with the row count, then the usual sizes', () => {
    expect(batchOptions(392, 0)).toEqual([
      { value: 0, label: 'all 392 (full batch)' },
      { value: 128, label: '128' },
      { value: 32, label: '32' },
      { value: 8, label: '8' },
      { value: 1, label: '1' },
    ]);
  });

  it('adds a lesson’s own batch size when it is not one of the usual ones', () => {
    expect(batchOptions(392, 50).at(-1)).toEqual({ value: 50, label: '50' });
    expect(batchOptions(392, 32)).toHaveLength(5);
    expect(batchOptions(392, 392)).toHaveLength(5);
  });
});
