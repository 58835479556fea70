import { describe, expect, it } from 'vitest';
import { foldProgress } from './race-progress';

const message = (from: number, accuracies: number[], predictions = [1, 2]) => ({
  type: 'progress' as const,
  id: 1,
  epochsDone: from + accuracies.length,
  done: false,
  ms: 0,
  lanes: [
    {
      key: 'gd',
      from,
      losses: accuracies.map((a) => 1 - a),
      accuracies,
      diverged: false,
      predictions,
    },
  ],
});

describe('foldProgress', () => {
  it('appends each message’s epochs to what was streamed before', () => {
    const one = foldProgress([], message(0, [0.1, 0.2]));
    const two = foldProgress(one, message(2, [0.3], [3, 4]));
    expect(two[0].accuracies).toEqual([0.1, 0.2, 0.3]);
    expect(two[0].losses.map((l) => +l.toFixed(2))).toEqual([0.9, 0.8, 0.7]);
    expect(two[0].predictions).toEqual([3, 4]);
  });

  it('never duplicates an epoch when messages are folded twice (several per drawn frame)', () => {
    const once = foldProgress(foldProgress([], message(0, [0.1, 0.2])), message(2, [0.3]));
    const twice = foldProgress(once, message(2, [0.3]));
    expect(twice[0].accuracies).toEqual([0.1, 0.2, 0.3]);
  });

  it('leaves the lanes it was given unchanged, so memoised views see a new value', () => {
    const one = foldProgress([], message(0, [0.1]));
    const two = foldProgress(one, message(1, [0.2]));
    expect(one[0].accuracies).toEqual([0.1]);
    expect(two[0]).not.toBe(one[0]);
  });
});
