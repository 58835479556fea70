/**
 * Data for the loss-against-iteration figure: what is plotted on its log axis, the fixed axis
 * range, the theoretical envelope of each run and the sentences that describe it.
 */
import {
  firstBelow,
  gdSpectrumRate,
  momentumSpectrumRate,
  type Objective,
  type Vector,
} from '@/lib/optim';
import { settleAgainst, startProblem, type RunOutcome } from './runs';
import { fixed, powerOfTen } from './format';

/** The lowest excess loss a loss plot shows; below it the curve stops (rounding noise). */
export const LOSS_FLOOR = 1e-12;

/**
 * The fixed y range [floor, top] of a log loss plot: top is the first power of ten at least
 * `headroomDecades` above the initial excess loss f⁰ − f*, so momentum's early overshoot stays
 * in view. Depends only on the start and the objective, never on α or β, so the axes do not
 * move under a slider.
 */
export function lossAxisRange(
  initialExcess: number,
  floor = LOSS_FLOOR,
  headroomDecades = 0.5,
): [number, number] {
  if (!(initialExcess > floor) || !Number.isFinite(initialExcess)) return [floor, 1];
  return [floor, 10 ** Math.ceil(Math.log10(initialExcess) + headroomDecades)];
}

/**
 * The excess loss f(wᵏ) − f* of a run, as drawn on a log axis: the curve is cut after the first
 * value at or below `floor` (set to the floor), so a run that converges dives to the bottom of
 * the plot and stops instead of tracing rounding noise.
 */
export function excessLossSeries(
  losses: ArrayLike<number>,
  minimum: number,
  floor = LOSS_FLOOR,
): Float64Array {
  const out = new Float64Array(losses.length);
  for (let k = 0; k < losses.length; k++) {
    const excess = losses[k] - minimum;
    if (!(excess > floor)) {
      out[k] = floor;
      return out.subarray(0, k + 1);
    }
    out[k] = excess;
  }
  return out;
}

/**
 * The theoretical worst-case rate per step of a named optimizer on a quadratic whose
 * eigenvalues lie in [λmin, λmax], or null when there is no closed form here (Nesterov, Adam, a
 * learner's rule):
 * gradient descent \max_λ |1 − αλ|; heavy ball the spectral radius of R = [[β, λ], [−αβ, 1 − αλ]]
 * maximised over the endpoints; the EMA form is the heavy ball with α = α'(1 − β).
 */
export function theoreticalRate(
  name: string,
  lr: number,
  beta: number,
  lambdaMin: number,
  lambdaMax: number,
): number | null {
  switch (name) {
    case 'gd':
      return gdSpectrumRate(lr, lambdaMin, lambdaMax);
    case 'heavy-ball':
      return momentumSpectrumRate(lr, beta, lambdaMin, lambdaMax);
    case 'ema-momentum':
      return momentumSpectrumRate(lr * (1 - beta), beta, lambdaMin, lambdaMax);
    default:
      return null;
  }
}

/**
 * The envelope C·rate^{2k}, k = 0 … steps, of a run's excess loss: the loss is quadratic in the
 * error, which shrinks like rateᵏ, so the loss shrinks like rate^{2k}. C is the initial excess
 * loss, so this is the envelope up to a constant (exact as a bound for gradient descent; for
 * momentum the transient may cross it). Cut at the floor, and where it leaves any plot.
 */
export function lossEnvelope(
  initialExcess: number,
  rate: number,
  steps: number,
  floor = LOSS_FLOOR,
): Float64Array {
  const out = new Float64Array(steps + 1);
  const factor = rate * rate;
  let value = initialExcess;
  for (let k = 0; k <= steps; k++) {
    if (!(value > floor)) {
      out[k] = floor;
      return out.subarray(0, k + 1);
    }
    if (!(value < 1e300)) return out.subarray(0, k);
    out[k] = value;
    value *= factor;
  }
  return out;
}

/** What a run's loss curve did, for the live text. */
export interface LossReach {
  label: string;
  /**
   * The step from which f(wʲ) − f* ≤ level for every later j (proven past the budget), or
   * Infinity when the run does not settle there within the budget.
   */
  steps: number;
  /** The first step with f(wᵏ) − f* ≤ level, settled or not (Infinity: never within the run). */
  firstDip?: number;
  /** The run blew up (its last kept step is `lastStep`). */
  diverged: boolean;
  lastStep: number;
  rate: number | null;
}

/**
 * "Gradient descent does not get below loss 10⁻⁶ within 100 steps; momentum stays below it from
 * step 71." — the settle step of each run, one clause each (the first names the level); the first
 * dip does not count: a run that dips and climbs back is said to; one that blows up "diverges".
 */
export function describeLossReach(
  runs: readonly LossReach[],
  level: number,
  budget: number,
): string {
  if (runs.length === 0) return '';
  const levelText = powerOfTen(level);
  const clauses = runs.map((run, i) => {
    const name = i === 0 ? run.label : lowerFirst(run.label);
    const target = i === 0 ? `loss ${levelText}` : 'it';
    if (Number.isFinite(run.steps)) return `${name} stays below ${target} from step ${run.steps}`;
    if (run.diverged) return `${name} diverges after ${plural(run.lastStep, 'step')}`;
    const dip = run.firstDip !== undefined && Number.isFinite(run.firstDip) ? run.firstDip : null;
    if (dip !== null)
      return `${name} dips below ${target} at step ${dip} but does not stay there within ${plural(budget, 'step')}`;
    return `${name} does not get below ${target} within ${plural(budget, 'step')}`;
  });
  let text = `${clauses.join('; ')}.`;
  const rated = runs.filter((r) => r.rate !== null);
  if (rated.length > 0) {
    const rates = rated
      .map((r) => `${lowerFirst(r.label)} ${fixed(r.rate as number, 3)}`)
      .join(', ');
    text += ` Theoretical rates per step: ${rates}; the loss shrinks like rate²ᵏ.`;
  }
  return text;
}

/** A run as the loss figure draws and describes it. */
export interface LossCurveRun {
  readonly key: string;
  readonly label: string;
  /** The excess loss as drawn (cut at the floor). */
  readonly series: Float64Array;
  /** Where the loss settles below the level (null: not within the budget). */
  readonly settledAt: number | null;
  readonly firstDip: number | null;
  readonly rate: number | null;
  readonly envelope: Float64Array | null;
}

/** Everything the loss figure shows for one state of the page. */
export interface LossCurvesView {
  /** f*: the objective's minimum, or the lowest loss any run found (a typed surface). */
  readonly fStar: number;
  readonly known: boolean;
  readonly runs: LossCurveRun[];
  readonly sentence: string;
  /** Plain words instead of a plot when f cannot be evaluated at the start, else null. */
  readonly problem: string | null;
}

/**
 * The loss figure's data and live sentence from the simulated runs (lib/plot/runs
 * `simulateRuns`): excess-loss curves, settle steps below `level`, theoretical rates and their
 * envelopes on a quadratic.
 */
export function lossCurvesView(
  objective: Objective,
  simulated: readonly RunOutcome[],
  settings: { lr: number; beta: number; w0: Vector; steps: number; level: number },
): LossCurvesView {
  const { lr, beta, w0, steps, level } = settings;
  const first = simulated[0];
  const problem = first ? startProblem(first.result, w0) : null;
  const known = objective.minimum !== undefined;
  let fStar = objective.minimum ?? Infinity;
  if (!known)
    for (const run of simulated) for (const v of run.result.losses) fStar = Math.min(fStar, v);
  if (!Number.isFinite(fStar)) fStar = 0;
  const eig = objective.eigenvalues;
  const runs = simulated.map((run) => {
    const series = excessLossSeries(run.result.losses, fStar);
    const rate = eig ? theoreticalRate(run.key, lr, beta, eig[0], eig[eig.length - 1]) : null;
    const settledAt = known
      ? run.result.settledAt
      : settleAgainst(objective, run, w0, steps, level, fStar);
    return {
      key: run.key,
      label: run.label,
      series,
      settledAt,
      firstDip: firstBelow(run.result.losses, level, fStar),
      rate,
      envelope: rate === null ? null : lossEnvelope(series[0], rate, steps),
    };
  });
  const sentence =
    problem ??
    describeLossReach(
      runs.map((run, i) => ({
        label: run.label,
        steps: run.settledAt ?? Infinity,
        firstDip: run.firstDip ?? Infinity,
        diverged: simulated[i].result.status === 'diverged',
        lastStep: simulated[i].result.steps,
        rate: run.rate,
      })),
      level,
      steps,
    );
  return { fStar, known, runs, sentence, problem };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function lowerFirst(s: string): string {
  // Keep proper names and acronyms ("Nesterov", "Adam", "RMSProp") as written.
  return /^(Gradient|Momentum|Your)\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
