import { describe, expect, it } from 'vitest';
import { drawDelay, PACE } from './pace';

describe('drawDelay', () => {
  it('draws at the next frame when there has been no input', () => {
    expect(drawDelay({ now: 5000, lastInput: -Infinity, lastDrawn: 4900 })).toBe(0);
  });

  it('draws at the next frame once input has been quiet long enough', () => {
    expect(drawDelay({ now: 5000, lastInput: 5000 - PACE.quietMs, lastDrawn: 4990 })).toBe(0);
  });

  it('waits for input to go quiet while a slider is being dragged', () => {
    // Input 10 ms ago, drawn 100 ms ago: wait until the input is quietMs old.
    expect(drawDelay({ now: 5000, lastInput: 4990, lastDrawn: 4900 })).toBe(PACE.quietMs - 10);
  });

  it('never lets the drawing go staler than maxStaleMs during a long drag', () => {
    const lastDrawn = 5000 - PACE.maxStaleMs + 40;
    expect(drawDelay({ now: 5000, lastInput: 4999, lastDrawn })).toBe(40);
    expect(drawDelay({ now: 5000, lastInput: 4999, lastDrawn: 3000 })).toBe(0);
  });

  it('draws about once a second while a slider is dragged for 3 s', () => {
    // Input every 16 ms; a frame whose delay is 0 draws.
    let lastDrawn = -Infinity;
    const drawnAt: number[] = [];
    for (let now = 0; now <= 3000; now += 16) {
      if (drawDelay({ now, lastInput: now, lastDrawn }) === 0) {
        drawnAt.push(now);
        lastDrawn = now;
      }
    }
    expect(drawnAt).toEqual([0, 1008, 2016]);
  });
});
