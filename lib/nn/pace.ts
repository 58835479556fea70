/**
 * When the page should draw the race's latest progress. Drawing a progress message (curves,
 * legend, status, strip) costs the main thread about a frame's budget on a slow machine; while
 * the learner drags a slider, every such frame competes with the drag. So input comes first:
 * with no input in the last `quietMs`, progress is drawn at the next frame; during input it waits
 * until input has been quiet for `quietMs`, but never longer than `maxStaleMs` after the last
 * drawing, so the curves keep moving (about once a second) while a slider is held.
 */
export interface PaceTimes {
  /** Now, in milliseconds (any monotonic clock shared by the three). */
  readonly now: number;
  /** The last pointer or key input on the page (−∞ when none yet). */
  readonly lastInput: number;
  /** The last time progress was drawn (−∞ before the first). */
  readonly lastDrawn: number;
}

export const PACE = { quietMs: 250, maxStaleMs: 1000 } as const;

/** Milliseconds to wait before drawing pending progress: 0 means at the next frame. */
export function drawDelay(t: PaceTimes, pace: typeof PACE = PACE): number {
  const untilQuiet = t.lastInput + pace.quietMs - t.now;
  if (untilQuiet <= 0) return 0;
  const untilStale = t.lastDrawn + pace.maxStaleMs - t.now;
  return Math.max(0, Math.min(untilQuiet, untilStale));
}
