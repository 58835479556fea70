import { describe, expect, it } from 'vitest';
import { LIVE_PACE, liveDelay } from './live-pace';

describe('liveDelay', () => {
  it('waits the quiet time after a first change', () => {
    expect(liveDelay(1000, 1000)).toBe(LIVE_PACE.quiet);
  });

  it('waits the full quiet time again after each further change while the longest wait is far', () => {
    expect(liveDelay(1000, 1300)).toBe(LIVE_PACE.quiet);
    expect(liveDelay(1000, 1000 + LIVE_PACE.longest - LIVE_PACE.quiet)).toBe(LIVE_PACE.quiet);
  });

  it('speaks by the longest wait after the first unspoken change, however often it changes', () => {
    expect(liveDelay(1000, 1000 + LIVE_PACE.longest - 100)).toBe(100);
    expect(liveDelay(1000, 1000 + LIVE_PACE.longest)).toBe(0);
  });

  it('never asks for a negative wait when the sentence is overdue', () => {
    expect(liveDelay(0, 10 * LIVE_PACE.longest)).toBe(0);
  });

  it('follows a given pace', () => {
    expect(liveDelay(0, 0, { pace: { quiet: 50, longest: 30 } })).toBe(30);
  });

  it('speaks a new state of the figure at once', () => {
    expect(liveDelay(1000, 1000, { newState: true })).toBe(0);
    expect(liveDelay(1000, 1300, { newState: true })).toBe(0);
  });
});
