import { describe, expect, it } from 'vitest';
import {
  attemptsUntilSolution,
  canRequestHint,
  solutionAvailable,
  unlockedHints,
  visibleHints,
} from './hints';

describe('hints', () => {
  it('unlockedHints(attempts, hintCount) unlocks the first hint at once and one more per attempt', () => {
    expect([0, 1, 2, 3, 4].map((a) => unlockedHints(a, 3))).toEqual([1, 2, 3, 3, 3]);
  });

  it('unlockedHints(attempts, 0) is 0 for an exercise without hints', () => {
    expect(unlockedHints(5, 0)).toBe(0);
  });

  it('unlockedHints(attempts, n, { freeHints: 0 }) waits for a first attempt', () => {
    expect(unlockedHints(0, 2, { freeHints: 0 })).toBe(0);
    expect(unlockedHints(1, 2, { freeHints: 0 })).toBe(1);
  });

  it('visibleHints(attempts, hintCount, requested) shows what was requested, up to what is unlocked', () => {
    expect(visibleHints(0, 3, 0)).toBe(0);
    expect(visibleHints(0, 3, 2)).toBe(1);
    expect(visibleHints(2, 3, 2)).toBe(2);
    expect(visibleHints(9, 3, 9)).toBe(3);
  });

  it('visibleHints clamps stored junk (negative, fractional, NaN) to a sensible count', () => {
    expect(visibleHints(-1, 3, -2)).toBe(0);
    expect(visibleHints(1.7, 3, 5.2)).toBe(2);
    expect(visibleHints(NaN, 3, NaN)).toBe(0);
  });

  it('canRequestHint(attempts, hintCount, shown) is false once every unlocked hint is shown', () => {
    expect(canRequestHint(0, 2, 0)).toBe(true);
    expect(canRequestHint(0, 2, 1)).toBe(false);
    expect(canRequestHint(1, 2, 1)).toBe(true);
    expect(canRequestHint(5, 2, 2)).toBe(false);
  });

  it('solutionAvailable(attempts) opens after three attempts by default', () => {
    expect([0, 1, 2, 3, 4].map((a) => solutionAvailable(a))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('solutionAvailable(attempts, { revealAfter, correct }) honours the threshold and a correct answer', () => {
    expect(solutionAvailable(1, { revealAfter: 1 })).toBe(true);
    expect(solutionAvailable(0, { correct: true })).toBe(true);
  });

  it('attemptsUntilSolution(attempts) counts down to zero', () => {
    expect([0, 1, 3, 7].map((a) => attemptsUntilSolution(a))).toEqual([3, 2, 0, 0]);
  });
});
