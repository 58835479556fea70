import type { Objective } from '../optim';
import { contourGrid } from '../plot/contour';
import { shortNumber } from '../plot/format';
import { axisTicks, isolinePaths } from '../plot/isolines';
import { optimizerLabel } from './challenge-question';
import { liveChallengeRun, openingValues, runRequest, type RunOutcome } from './run-challenge';
import type { ExerciseFigure, ExerciseOverrides, ParameterSpec } from './types';

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
  /** What the figure shows, in words: its caption and the SVG's accessible name. */
  caption: string;
  /** What the marks are: "The dot is the start, the cross the minimum." */
  marks: string;
}

/** A figure's drawing, before it is put into words. */
type Drawing = Omit<ChallengeFigureData, 'caption' | 'marks'>;

/**
 * The picture a tuning challenge opens with — its surface as contour lines and the run with the
 * challenge's opening values ({@link openingValues}) — computed at build time for a worksheet
 * that prints without JavaScript. The run is the grader's own, as the learner's live figure draws
 * it (`liveChallengeRun`, under the same overrides), recorded over the whole budget. Null when the run cannot be made (the objective
 * does not parse) or the objective is not 2-D.
 */
export function challengeFigure(
  spec: ParameterSpec,
  overrides?: ExerciseOverrides,
  width = 480,
): ChallengeFigureData | null {
  const ran = liveChallengeRun(spec, openingValues(spec), overrides);
  const drawing = ran.ok ? drawRun(ran.run, width) : null;
  if (!ran.ok || !drawing) return null;
  const { settings } = ran.run;
  const caption = `The surface as contour lines and ${optimizerLabel(ran.spec.optimizer)} from ${pointText(settings.start)} with the starting values ${settingsText(settings)}: it ${outcomeText(drawing)}.`;
  return { ...drawing, caption, marks: marksText(drawing) };
}

/** The figure a question refers to: its surface and the run it describes, as SVG paths. */
export function figureOf(figure: ExerciseFigure, width = 480): ChallengeFigureData | null {
  const ran = runRequest(figure, { wholeBudget: true });
  const drawing = ran.ok ? drawRun(ran.run, width) : null;
  if (!drawing) return null;
  const caption = `The figure this question refers to: the surface f(x, y) = ${figure.objective} as contour lines and ${figure.steps} steps of ${optimizerLabel(figure.optimizer)} from ${pointText(figure.start)} with ${settingsText(figure)}.`;
  return { ...drawing, caption, marks: marksText(drawing) };
}

/** "(-3.5, 1.5)". */
function pointText([x, y]: readonly [number, number]): string {
  return `(${shortNumber(x)}, ${shortNumber(y)})`;
}

/** "α = 1, β = 0.9" (β only when the run has one). */
function settingsText({ lr, beta }: { lr: number; beta?: number }): string {
  return [
    `α = ${shortNumber(lr)}`,
    ...(beta !== undefined ? [`β = ${shortNumber(beta)}`] : []),
  ].join(', ');
}

/** What the run does against the goal: "stays below the goal from step 12 on", … */
function outcomeText({ settledAt, status, steps }: Drawing): string {
  if (settledAt !== null) return `stays below the goal from step ${settledAt} on`;
  return status === 'diverged'
    ? `diverges after ${steps} steps`
    : `has not settled below the goal after ${steps} steps`;
}

function marksText({ minimizer }: Drawing): string {
  return `The dot is the start${minimizer ? ', the cross the minimum' : ''}.`;
}

const MARGIN = { left: 40, right: 12, top: 12, bottom: 34 };

/**
 * The objective's view (its own, else [−3, 3]²) widened to show `start` with 5 % to spare, so
 * a run that starts outside the usual window is still drawn from its first point.
 */
export function viewAround(
  objective: Objective,
  start: readonly [number, number],
): { x: [number, number]; y: [number, number] } {
  const base = objective.view ?? { x: [-3, 3] as const, y: [-3, 3] as const };
  const pad = ([lo, hi]: readonly [number, number], v: number): [number, number] => {
    const span = hi - lo;
    return [Math.min(lo, v - span * 0.05), Math.max(hi, v + span * 0.05)];
  };
  return { x: pad(base.x, start[0]), y: pad(base.y, start[1]) };
}

/**
 * SVG path data of a run: far-away points (a diverging run) are clamped to five view spans
 * beyond the view, so the path stays a sane number; the figure's clip hides them.
 */
export function trajectoryPath(
  points: readonly (readonly number[])[],
  view: { x: [number, number]; y: [number, number] },
  px: (x: number) => number,
  py: (y: number) => number,
): string {
  const clamp = (v: number, [a, b]: [number, number]) =>
    Math.min(b + 5 * (b - a), Math.max(a - 5 * (b - a), v));
  return points
    .map(
      ([x, y], k) =>
        `${k === 0 ? 'M' : 'L'}${px(clamp(x, view.x)).toFixed(1)} ${py(clamp(y, view.y)).toFixed(1)}`,
    )
    .join('');
}

/** Contour lines of the run's surface (ten levels evenly inside its range) and the run itself. */
function drawRun(run: RunOutcome, width: number): Drawing | null {
  const { objective, settings, result } = run;
  if (objective.dim !== 2) return null;
  const view = viewAround(objective, settings.start);
  const aspect = Math.min(1, Math.max(0.45, (view.y[1] - view.y[0]) / (view.x[1] - view.x[0])));
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = Math.round(plotWidth * aspect);
  const px = (v: number) => MARGIN.left + ((v - view.x[0]) / (view.x[1] - view.x[0])) * plotWidth;
  const py = (v: number) => MARGIN.top + ((view.y[1] - v) / (view.y[1] - view.y[0])) * plotHeight;

  const grid = contourGrid(objective, view, 61);
  const [lo, hi] = grid.zRange;
  const levels = Array.from({ length: 10 }, (_, k) => lo + ((hi - lo) * (k + 1)) / 11);
  const minimizer =
    objective.minimizer && objective.minimizer.length === 2
      ? ([objective.minimizer[0], objective.minimizer[1]] as [number, number])
      : null;
  return {
    width,
    height: MARGIN.top + plotHeight + MARGIN.bottom,
    area: { left: MARGIN.left, top: MARGIN.top, width: plotWidth, height: plotHeight },
    view,
    contours: isolinePaths(grid, levels, px, py),
    trajectory: trajectoryPath(result.points.toArray(), view, px, py),
    start: [px(settings.start[0]), py(settings.start[1])],
    minimizer: minimizer ? [px(minimizer[0]), py(minimizer[1])] : null,
    xTicks: axisTicks(view.x).map((value) => ({ value, px: px(value) })),
    yTicks: axisTicks(view.y).map((value) => ({ value, px: py(value) })),
    lr: settings.lr,
    ...(settings.beta !== undefined ? { beta: settings.beta } : {}),
    status: result.status,
    steps: result.steps,
    settledAt: result.settledAt,
  };
}
