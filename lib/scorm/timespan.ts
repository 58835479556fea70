/**
 * SCORM 1.2's time formats. CMITimespan (session_time, latency) is `HHHH:MM:SS.SS`: hours in
 * two to four digits, seconds with at most two decimals; CMITime (an interaction's time of day)
 * is `HH:MM:SS`.
 */

/** The largest CMITimespan: 9999:59:59.99. */
const MAX_CENTISECONDS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ms → `HHHH:MM:SS.SS` (rounded to centiseconds; negatives are 0; capped at 9999:59:59.99). */
export function cmiTimespan(ms: number): string {
  const cs = Math.min(MAX_CENTISECONDS, Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0)));
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(cs % 100, 2)}`;
}

/** A time of day as CMITime `HH:MM:SS` (hours, minutes and seconds of the given clock reading). */
export function cmiTime(hours: number, minutes: number, seconds: number): string {
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}`;
}
