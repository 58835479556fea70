import type { Objective } from '@/lib/optim';

export interface ContourGrid {
  x: number[];
  y: number[];
  /** z[row][col] = log10(f − f_min + floor) at (x[col], y[row]); null where f is not finite. */
  z: (number | null)[][];
  zRange: [number, number];
}

/**
 * Samples a 2-D objective on an n×n grid over `view` for a contour plot. Levels are spaced
 * in log10 of the height above the lowest sample, so a narrow valley shows rings all the way
 * down instead of one blob; non-finite values (log of a negative, overflow) become gaps.
 */
export function contourGrid(
  objective: Objective,
  view: { x: readonly [number, number]; y: readonly [number, number] },
  n = 81,
): ContourGrid {
  const x = Array.from(
    { length: n },
    (_, i) => view.x[0] + ((view.x[1] - view.x[0]) * i) / (n - 1),
  );
  const y = Array.from(
    { length: n },
    (_, i) => view.y[0] + ((view.y[1] - view.y[0]) * i) / (n - 1),
  );
  const raw: number[][] = [];
  let lowest = Infinity;
  let highest = -Infinity;
  const point = [0, 0];
  for (const yv of y) {
    const row: number[] = [];
    for (const xv of x) {
      point[0] = xv;
      point[1] = yv;
      const f = objective.f(point);
      row.push(f);
      if (Number.isFinite(f)) {
        lowest = Math.min(lowest, f);
        highest = Math.max(highest, f);
      }
    }
    raw.push(row);
  }
  const base = Number.isFinite(objective.minimum) ? Math.min(objective.minimum!, lowest) : lowest;
  const floor = Math.max(1e-9, (highest - base) * 1e-6);
  const z = raw.map((row) =>
    row.map((f) =>
      Number.isFinite(f) && Number.isFinite(base) ? Math.log10(f - base + floor) : null,
    ),
  );
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of z) {
    for (const v of row) {
      if (v === null) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  return { x, y, z, zRange: [lo, hi === lo ? lo + 1 : hi] };
}
