import { describe, expect, it } from 'vitest';
import { raceSeeds, sliceTrainer, type Race } from './training-race';

/** A race whose every epoch costs `msPerEpoch` on a shared fake clock. */
function fakeRace(
  epochs: number,
  msPerEpoch: number,
  clock: { t: number },
): Race & { calls: number[] } {
  let done = 0;
  const calls: number[] = [];
  return {
    lanes: [],
    calls,
    epochsDone: () => done,
    done: () => done >= epochs,
    advance(k) {
      calls.push(k);
      const ran = Math.min(k, epochs - done);
      done += ran;
      clock.t += ran * msPerEpoch;
    },
  };
}

describe('raceSeeds', () => {
  it('runs a minibatch race over `count` seeds from the first, a full batch over one', () => {
    expect(raceSeeds(32, 392, 5, 1)).toEqual([1, 2, 3, 4, 5]);
    expect(raceSeeds(392, 392, 5, 7)).toEqual([7]);
    expect(raceSeeds(32, 392, 0, 3)).toEqual([3]);
    expect(raceSeeds(32, 392, 2.9, 3)).toEqual([3, 4]);
  });
});

describe('sliceTrainer', () => {
  it('stays within a slice’s time once it has measured an epoch, and trains at least one', () => {
    const clock = { t: 0 };
    const race = fakeRace(100, 2, clock);
    const trainer = sliceTrainer([race], () => clock.t);
    const slice = (ms: number) => {
      const end = clock.t + ms;
      trainer.train(() => end - clock.t);
    };
    slice(5);
    // The first epoch measures the speed (2 ms); then 3 ms left fit one more.
    expect(race.calls).toEqual([1, 1]);
    expect(race.epochsDone()).toBe(2);
    slice(10);
    expect(race.calls.slice(2)).toEqual([5]);
    expect(trainer.spent()).toBe(14);
    slice(0.5); // less than an epoch's time left: one epoch all the same
    expect(race.calls.at(-1)).toBe(1);
  });

  it('finishes the first race before starting the next, and stops when all are done', () => {
    const clock = { t: 0 };
    const first = fakeRace(3, 1, clock);
    const second = fakeRace(4, 1, clock);
    const trainer = sliceTrainer([first, second], () => clock.t);
    trainer.train(() => 3 - clock.t);
    expect(first.done()).toBe(true);
    expect(second.epochsDone()).toBe(0);
    expect(trainer.done()).toBe(false);
    trainer.train(() => Infinity);
    expect(trainer.done()).toBe(true);
    expect(second.epochsDone()).toBe(4);
  });

  it('trains nothing when no time is left', () => {
    const clock = { t: 0 };
    const race = fakeRace(10, 1, clock);
    sliceTrainer([race], () => clock.t).train(() => 0);
    expect(race.calls).toEqual([]);
  });
});
