/**
 * The runs a racing figure draws, and the words every figure uses for them: one place for the
 * optimizers' names, the start point a page falls back to, how a loss is printed, and what a
 * figure says when the surface cannot be evaluated at the start.
 */
import { eNotation, significant } from './format';
import type { PlotColors } from './palette';
import {
  isOptimizerName,
  makeOptimizer,
  simulate,
  type Objective,
  type Optimizer,
  type SimulationResult,
  type Vector,
} from '@/lib/optim';

/** How each optimizer is named and coloured in every figure of the course. */
export const RUN_STYLE: Record<
  string,
  { label: string; color: 'gd' | 'momentum' | 'nesterov' | 'adam' }
> = {
  gd: { label: 'Gradient descent', color: 'gd' },
  'heavy-ball': { label: 'Momentum', color: 'momentum' },
  'ema-momentum': { label: 'Momentum (EMA form)', color: 'momentum' },
  nesterov: { label: 'Nesterov', color: 'nesterov' },
  rmsprop: { label: 'RMSProp', color: 'adam' },
  adam: { label: 'Adam', color: 'adam' },
  custom: { label: 'Your rule', color: 'nesterov' },
  'gd-effective': { label: 'Gradient descent at α/(1 − β)', color: 'gd' },
};

/** The label a figure prints for a run key. */
export function runLabel(key: string): string {
  return RUN_STYLE[key]?.label ?? key;
}

/** How a race draws a run key: its label, and its colour in `colors` (momentum's if unknown). */
export function runStyle(key: string, colors: PlotColors): { label: string; color: string } {
  return { label: runLabel(key), color: colors[RUN_STYLE[key]?.color ?? 'momentum'] };
}

/** The built-in optimizer a run key names, at step α and momentum β; an unknown key throws. */
export function optimizerFor(name: string, lr: number, beta: number): Optimizer<unknown> {
  if (!isOptimizerName(name)) throw new RangeError(`no optimizer is called '${name}'`);
  return makeOptimizer(name, { lr, beta });
}

/** The start point to use when a lesson does not bind one: the objective's own suggestion. */
export function defaultStart(objective: Objective): [number, number] {
  const s = objective.start;
  if (s && s.length >= 2) return [s[0], s[1]];
  const v = objective.view;
  return v ? [v.x[0] + 0.8 * (v.x[1] - v.x[0]) * 0.1, v.y[1] * 0.75] : [-2, 1.5];
}

/**
 * A loss for live text: three significant digits from 0.01 to 10⁴ ("0.0123", "1230"), "3.2e-4"
 * outside that.
 */
export function formatLoss(value: number): string {
  if (!Number.isFinite(value)) return 'infinity';
  const magnitude = Math.abs(value);
  return magnitude === 0 || (magnitude >= 0.01 && magnitude < 1e4)
    ? significant(value, 3)
    : eNotation(value, 1);
}

/** One optimizer's run as the figures draw and describe it. */
export interface RunOutcome {
  /** Optimizer id ('gd', 'heavy-ball', …) or 'custom' for the learner's rule. */
  readonly key: string;
  readonly label: string;
  readonly optimizer: Optimizer<unknown>;
  readonly result: SimulationResult;
}

/** What {@link simulateRuns} needs: the page's settings for every run. */
export interface RunSettings {
  readonly lr: number;
  readonly beta: number;
  readonly w0: Vector;
  /** The budget each run is drawn for. */
  readonly steps: number;
  /** 'full' also records gradients and steps (for arrows). */
  readonly record?: 'points' | 'full';
  /**
   * The loss level f − f* the figure reports settling below; with a known minimum every run
   * reports `settledAt` for it (proven past the budget). Default 1e-6.
   */
  readonly level?: number;
}

/**
 * Runs every named optimizer (and the learner's rule, when given) from w⁰ for the whole budget.
 * When the objective knows its minimum, each result also says where the loss settles below
 * `level`; for a typed surface without one, see {@link settleAgainst}.
 */
export function simulateRuns(
  objective: Objective,
  keys: readonly string[],
  custom: Optimizer<unknown> | null,
  settings: RunSettings,
): RunOutcome[] {
  const { lr, beta, w0, steps, record = 'points', level = 1e-6 } = settings;
  const known = objective.minimum !== undefined;
  const options = {
    steps,
    record,
    ...(known ? { tol: level, stopAtSettle: false } : {}),
  } as const;
  const list: RunOutcome[] = keys.map((key) => {
    const optimizer = optimizerFor(key, lr, beta);
    return {
      key,
      label: runLabel(key),
      optimizer,
      result: simulate(objective, optimizer, w0, options),
    };
  });
  if (custom)
    list.push({
      key: 'custom',
      label: runLabel('custom'),
      optimizer: custom,
      result: simulate(objective, custom, w0, options),
    });
  return list;
}

/**
 * Where a run settles below `level` measured from the reference `fStar` (a typed surface's lowest
 * loss found), by running it again with that target: the step, or null when it does not settle
 * within the budget.
 */
export function settleAgainst(
  objective: Objective,
  run: RunOutcome,
  w0: Vector,
  steps: number,
  level: number,
  fStar: number,
): number | null {
  if (run.result.status === 'diverged' && run.result.rejected?.step === 0) return null;
  return simulate(objective, run.optimizer, w0, { steps, tol: level, target: fStar }).settledAt;
}

/** "(−1.5, 2)": a point as the figures print it. */
export function formatPoint(w: Vector): string {
  return `(${Array.from(w)
    .map((v) => {
      const rounded = Number(v.toPrecision(6));
      return (rounded < 0 ? '−' : '') + String(Math.abs(rounded));
    })
    .join(', ')})`;
}

/**
 * The plain words a figure shows instead of its plot when the run cannot start: f is undefined
 * (NaN, ±∞) or too large at w⁰. Null when the start is fine.
 */
export function startProblem(result: SimulationResult, w0: Vector): string | null {
  const rejected = result.rejected;
  if (!rejected || rejected.step !== 0) return null;
  const where = formatPoint(w0);
  if (rejected.reason === 'not-finite')
    return `f is not defined at the start point ${where}: its value there is not a finite number. Move the start point or change the formula.`;
  return `f is too large at the start point ${where} (about ${formatLoss(rejected.loss)}) for the figures to follow. Move the start point closer to the minimum or change the formula.`;
}
