/**
 * Whether a pointer that went down on an inline number is scrubbing it or scrolling the page.
 * Nothing is decided until the pointer has moved more than `threshold` pixels from where it went
 * down; then the dominant direction wins: sideways scrubs, up or down belongs to the page (a
 * finger reading down a paragraph must not change the numbers it passes over). A tie is a scroll.
 */
export type ScrubIntent = 'undecided' | 'scrub' | 'scroll';

/** Pixels a pointer moves before its intent is read: above a finger's jitter, below a flick. */
export const SCRUB_THRESHOLD_PX = 6;

export function scrubIntent(dx: number, dy: number, threshold = SCRUB_THRESHOLD_PX): ScrubIntent {
  if (Math.hypot(dx, dy) <= threshold) return 'undecided';
  return Math.abs(dx) > Math.abs(dy) ? 'scrub' : 'scroll';
}
