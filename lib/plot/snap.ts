/**
 * Where a dragged or typed value lands: inside the control's range and on its 0.01 grid (the
 * figures' α, β and start point), so a drag never sets 0.6000000000000001 or a value the
 * slider beside it cannot show.
 */
export function clampToHundredths(value: number, [lo, hi]: readonly [number, number]): number {
  return Math.round(Math.min(hi, Math.max(lo, value)) * 100) / 100;
}
