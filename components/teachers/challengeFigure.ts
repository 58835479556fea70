import { parseObjective } from '@/lib/expr';
import { makeOptimizer, simulate, type Objective, type OptimizerName } from '@/lib/optim';
import { contourGrid } from '@/lib/plot/contour';
import type { ParameterSpec } from '@/lib/exercises';

export interface ChallengeFigureData {
  width: number;
  height: number;
  /** Plot area inside the margins, in SVG units. */
  area: { left: number; top: number; width: number; height: number };
  view: { x: [number, number]; y: [number, number] };
  contours: string[];
  trajectory: string;
  start: [number, number];
  minimizer: [number, number] | null;
  xTicks: { value: number; px: number }[];
  yTicks: { value: number; px: number }[];
  lr: number;
  beta?: number;
  status: string;
  /** Updates drawn (the whole budget, or up to a divergence). */
  steps: number;
  /** The step from which the loss stays within the goal, or null (lib/optim settledAt). */
  settledAt: number | null;
}

function ticks([lo, hi]: readonly [number, number]): number[] {
  const raw = (hi - lo) / 6;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step)
    out.push(Number(v.toFixed(10)));
  return out;
}

/** Marching squares: line segments where the grid crosses `level` (saddle cells paired simply). */
function isoline(
  grid: ReturnType<typeof contourGrid>,
  level: number,
  px: (x: number) => number,
  py: (y: number) => number,
): string {
  const { x, y, z } = grid;
  const parts: string[] = [];
  const interp = (a: number, b: number, za: number, zb: number) =>
    a + ((level - za) / (zb - za)) * (b - a);
  for (let j = 0; j + 1 < y.length; j++) {
    for (let i = 0; i + 1 < x.length; i++) {
      const z00 = z[j][i];
      const z10 = z[j][i + 1];
      const z01 = z[j + 1][i];
      const z11 = z[j + 1][i + 1];
      if (z00 === null || z10 === null || z01 === null || z11 === null) continue;
      const points: [number, number][] = [];
      if (z00 < level !== z10 < level) points.push([interp(x[i], x[i + 1], z00, z10), y[j]]);
      if (z10 < level !== z11 < level) points.push([x[i + 1], interp(y[j], y[j + 1], z10, z11)]);
      if (z01 < level !== z11 < level) points.push([interp(x[i], x[i + 1], z01, z11), y[j + 1]]);
      if (z00 < level !== z01 < level) points.push([x[i], interp(y[j], y[j + 1], z00, z01)]);
      for (let k = 0; k + 1 < points.length; k += 2) {
        const [a, b] = [points[k], points[k + 1]];
        parts.push(
          `M${px(a[0]).toFixed(1)} ${py(a[1]).toFixed(1)}L${px(b[0]).toFixed(1)} ${py(b[1]).toFixed(1)}`,
        );
      }
    }
  }
  return parts.join('');
}

/**
 * The picture a tuning challenge opens with — its surface as contour lines and the run with the
 * challenge's starting values — computed at build time with lib/optim, for a worksheet that
 * prints without JavaScript. Null when the objective does not parse or is not 2-D.
 */
export function challengeFigure(spec: ParameterSpec, width = 480): ChallengeFigureData | null {
  const parsed = parseObjective(spec.objective);
  if (!parsed.ok) return null;
  const objective = parsed.objective as Objective;
  if (objective.dim !== 2) return null;
  const base = objective.view ?? { x: [-3, 3] as const, y: [-3, 3] as const };
  const pad = (lo: number, hi: number, v: number): [number, number] => {
    const span = hi - lo;
    return [Math.min(lo, v - span * 0.05), Math.max(hi, v + span * 0.05)];
  };
  const view = {
    x: pad(base.x[0], base.x[1], spec.start[0]),
    y: pad(base.y[0], base.y[1], spec.start[1]),
  };
  const margin = { left: 40, right: 12, top: 12, bottom: 34 };
  const aspect = Math.min(1, Math.max(0.45, (view.y[1] - view.y[0]) / (view.x[1] - view.x[0])));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = Math.round(plotWidth * aspect);
  const px = (v: number) => margin.left + ((v - view.x[0]) / (view.x[1] - view.x[0])) * plotWidth;
  const py = (v: number) => margin.top + ((view.y[1] - v) / (view.y[1] - view.y[0])) * plotHeight;

  const grid = contourGrid(objective, view, 61);
  const [lo, hi] = grid.zRange;
  const contours: string[] = [];
  for (let k = 1; k <= 10; k++) contours.push(isoline(grid, lo + ((hi - lo) * k) / 11, px, py));

  const lr = spec.initial.lr ?? spec.ranges.lr?.[0] ?? 0.1;
  const beta = spec.initial.beta ?? (spec.set.includes('beta') ? 0 : undefined);
  const run = simulate(
    objective,
    makeOptimizer(spec.optimizer as OptimizerName, { lr, ...(beta !== undefined ? { beta } : {}) }),
    spec.start,
    {
      steps: spec.goal.steps,
      tol: spec.goal.loss,
      target: objective.minimum ?? 0,
      stopAtSettle: false,
      ...(spec.noise !== undefined ? { noise: spec.noise } : {}),
      ...(spec.seed !== undefined ? { seed: spec.seed } : {}),
    },
  );
  // Clamp far-away points (a diverging run) so the path stays a sane number; the clip hides it.
  const spanX = view.x[1] - view.x[0];
  const spanY = view.y[1] - view.y[0];
  const clamp = (v: number, [a, b]: [number, number], span: number) =>
    Math.min(b + 5 * span, Math.max(a - 5 * span, v));
  const trajectory = run.points
    .toArray()
    .map(
      ([x, y], k) =>
        `${k === 0 ? 'M' : 'L'}${px(clamp(x, view.x, spanX)).toFixed(1)} ${py(clamp(y, view.y, spanY)).toFixed(1)}`,
    )
    .join('');
  const minimizer =
    objective.minimizer && objective.minimizer.length === 2
      ? ([objective.minimizer[0], objective.minimizer[1]] as [number, number])
      : null;
  return {
    width,
    height: margin.top + plotHeight + margin.bottom,
    area: { left: margin.left, top: margin.top, width: plotWidth, height: plotHeight },
    view,
    contours,
    trajectory,
    start: [px(spec.start[0]), py(spec.start[1])],
    minimizer: minimizer ? [px(minimizer[0]), py(minimizer[1])] : null,
    xTicks: ticks(view.x).map((value) => ({ value, px: px(value) })),
    yTicks: ticks(view.y).map((value) => ({ value, px: py(value) })),
    lr,
    ...(beta !== undefined ? { beta } : {}),
    status: run.status,
    steps: run.steps,
    settledAt: run.settledAt,
  };
}
