/** How a figure's live line paces what it speaks, in milliseconds. */
export interface LivePace {
  /** Quiet time after the last change before the line speaks. */
  readonly quiet: number;
  /** Longest a changed sentence waits unspoken, however often it keeps changing. */
  readonly longest: number;
}

/** ~½ s after the last arrow press or drag step; at least every 2 s while a race streams. */
export const LIVE_PACE: LivePace = { quiet: 500, longest: 2000 };

/**
 * How long a figure's live line waits before it speaks a changed sentence: `quiet` after the
 * latest change, so a screen reader hears the value a run of arrow presses or a drag settles on
 * rather than every step, but never past `longest` after the first change it has not spoken, so a
 * sentence that changes without pause (training progress) is still heard now and then:
 *
 *   wait = max(0, min(quiet, firstUnspoken + longest − now))
 *
 * A new state of the figure (Train pressed, paused, reset) is news, not a step: no wait.
 */
export function liveDelay(
  firstUnspoken: number,
  now: number,
  { newState = false, pace = LIVE_PACE }: { newState?: boolean; pace?: LivePace } = {},
): number {
  if (newState) return 0;
  return Math.max(0, Math.min(pace.quiet, firstUnspoken + pace.longest - now));
}
