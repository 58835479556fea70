import { parseObjective } from '@/lib/expr';
import { makeOptimizer, simulate, type Objective, type OptimizerName } from '@/lib/optim';
import { contourGrid } from '@/lib/plot/contour';
import { axisTicks, isolinePaths } from '@/lib/plot/isolines';
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

/** One run on a surface, as a figure draws it (a challenge's opening run, a question's figure). */
export interface FigureRun {
  objective: string;
  optimizer: string;
  lr: number;
  beta?: number;
  start: [number, number];
  steps: number;
  /** The loss the run must settle below, for `settledAt` (none: 1e-6, the lessons' usual level). */
  tol?: number;
  noise?: number;
  seed?: number;
}

/**
 * The picture a tuning challenge opens with — its surface as contour lines and the run with the
 * challenge's starting values — computed at build time with lib/optim, for a worksheet that
 * prints without JavaScript. Null when the objective does not parse or is not 2-D.
 */
export function challengeFigure(spec: ParameterSpec, width = 480): ChallengeFigureData | null {
  const beta = spec.initial.beta ?? (spec.set.includes('beta') ? 0 : undefined);
  return figureOf(
    {
      objective: spec.objective,
      optimizer: spec.optimizer,
      lr: spec.initial.lr ?? spec.ranges.lr?.[0] ?? 0.1,
      ...(beta !== undefined ? { beta } : {}),
      start: spec.start,
      steps: spec.goal.steps,
      tol: spec.goal.loss,
      ...(spec.noise !== undefined ? { noise: spec.noise } : {}),
      ...(spec.seed !== undefined ? { seed: spec.seed } : {}),
    },
    width,
  );
}

/** The contour lines of a surface and one run on it, as SVG paths. */
export function figureOf(figure: FigureRun, width = 480): ChallengeFigureData | null {
  const parsed = parseObjective(figure.objective);
  if (!parsed.ok) return null;
  const objective = parsed.objective as Objective;
  if (objective.dim !== 2) return null;
  const spec = figure;
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
  const levels = Array.from({ length: 10 }, (_, k) => lo + ((hi - lo) * (k + 1)) / 11);
  const contours = isolinePaths(grid, levels, px, py);

  const { lr, beta } = figure;
  const run = simulate(
    objective,
    makeOptimizer(spec.optimizer as OptimizerName, { lr, ...(beta !== undefined ? { beta } : {}) }),
    spec.start,
    {
      steps: spec.steps,
      tol: spec.tol ?? 1e-6,
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
    xTicks: axisTicks(view.x).map((value) => ({ value, px: px(value) })),
    yTicks: axisTicks(view.y).map((value) => ({ value, px: py(value) })),
    lr,
    ...(beta !== undefined ? { beta } : {}),
    status: run.status,
    steps: run.steps,
    settledAt: run.settledAt,
  };
}
