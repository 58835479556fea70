// Pure helpers for scripts/bench-ui.mjs: frame accounting and order statistics.

/** One frame at 60 Hz, in milliseconds. */
export const FRAME_MS = 1000 / 60;

/**
 * Frames missed between consecutive requestAnimationFrame timestamps. A gap longer than 1.5
 * frames counts round(gap / frame) − 1 missed frames; `expected` is the number of frames a
 * 60 Hz display would have shown over the same span.
 */
export function droppedFrames(timestamps, frameMs = FRAME_MS) {
  if (timestamps.length < 2) return { dropped: 0, expected: 0, longestGap: 0 };
  let dropped = 0;
  let longestGap = 0;
  for (let i = 1; i < timestamps.length; i++) {
    const gap = timestamps[i] - timestamps[i - 1];
    longestGap = Math.max(longestGap, gap);
    if (gap > 1.5 * frameMs) dropped += Math.round(gap / frameMs) - 1;
  }
  const span = timestamps[timestamps.length - 1] - timestamps[0];
  return { dropped, expected: Math.max(1, Math.round(span / frameMs)), longestGap };
}

/** The q-quantile (0..1) by nearest rank; NaN for an empty list. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values) => quantile(values, 0.5);

/**
 * Event Timing entries grouped into interactions (a click's pointerdown, pointerup and click,
 * or a key's keydown and keyup share an interactionId); each interaction's duration is the
 * longest of its events. Events outside an interaction are left out.
 */
export function interactionDurations(entries) {
  const byId = new Map();
  for (const entry of entries) {
    // interactionId 0: hover, pointermove and the like, which are not interactions.
    if (!entry.interactionId) continue;
    byId.set(entry.interactionId, Math.max(byId.get(entry.interactionId) ?? 0, entry.duration));
  }
  return [...byId.values()];
}
