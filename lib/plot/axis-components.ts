/**
 * Data for the per-direction figure: one small panel per Hessian eigen-direction showing the
 * coordinate xᵢᵏ = qᵢᵀ(wᵏ − w*) against k. On a quadratic each direction evolves on its own, so
 * these panels show the zig-zag (steep λ) and the crawl (shallow λ) separately.
 */
import { eigenComponents, type Objective, type SimulationResult, type Vector } from '@/lib/optim';
import { fixed, significant, subscript } from './format';

/** One panel: which eigen-direction, how to name it, and its fixed y range. */
export interface AxisPanel {
  /** Index i into the objective's eigenvalues / eigenvectors (ascending λ). */
  index: number;
  lambda: number;
  /** 'steep' for the largest λ, 'shallow' for the smallest, '' in between. */
  kind: 'steep' | 'shallow' | '';
  /** x_i^0 = q_iᵀ(w⁰ − w*). */
  start: number;
  /** [−r, r] with r = 1.1·|x_i^0| (1 when the start has no component along q_i). */
  range: [number, number];
}

/**
 * The panels of a quadratic objective for a start w⁰, steepest direction first; null when the
 * objective has no eigen-decomposition (not a quadratic). The ranges depend only on the
 * objective and the start, so they stay fixed while α and β move.
 */
export function axisPanels(objective: Objective, w0: Vector): AxisPanel[] | null {
  const { eigenvalues, eigenvectors, minimizer } = objective;
  if (!eigenvalues || !eigenvectors || !minimizer) return null;
  const n = eigenvalues.length;
  const panels = eigenvalues.map((lambda, index): AxisPanel => {
    const q = eigenvectors[index];
    let start = 0;
    for (let j = 0; j < q.length; j++) start += q[j] * (w0[j] - minimizer[j]);
    const r = Math.abs(start) * 1.1;
    const kind = n < 2 ? '' : index === n - 1 ? 'steep' : index === 0 ? 'shallow' : '';
    return { index, lambda, kind, start, range: r > 1e-9 ? [-r, r] : [-1, 1] };
  });
  return panels.reverse();
}

/** How often a coordinate series changes sign (a zero does not count): the zig-zag count. */
export function signChanges(series: ArrayLike<number>, upTo = series.length - 1): number {
  let count = 0;
  let previous = 0;
  for (let k = 0; k <= upTo && k < series.length; k++) {
    const s = Math.sign(series[k]);
    if (s !== 0) {
      if (previous !== 0 && s !== previous) count++;
      previous = s;
    }
  }
  return count;
}

/** x_iᵏ / x_i⁰ as a signed percentage, e.g. "−3%", "0.02%", "under 0.01%" (small values keep 1 significant digit). */
export function percentOfStart(value: number, start: number): string {
  if (start === 0 || !Number.isFinite(value))
    return Number.isFinite(value) ? '0%' : 'off the chart';
  const p = (100 * value) / start;
  const abs = Math.abs(p);
  // Below a hundredth of a percent the digits are noise to a reader.
  if (abs < 0.01) return 'under 0.01%';
  const text = abs >= 1 ? fixed(abs, 0) : significant(abs, 1);
  return `${p < 0 && text !== '0' ? '−' : ''}${text}%`;
}

/** λ for a panel title: 1 → "1", 0.05 → "0.05", 1/3 → "0.333". */
export function formatLambda(lambda: number): string {
  return significant(lambda, 3);
}

/** A panel's title: "Steep direction, λ = 1". */
export function panelTitle(panel: AxisPanel): string {
  const name =
    panel.kind === 'steep'
      ? 'Steep direction'
      : panel.kind === 'shallow'
        ? 'Shallow direction'
        : 'Direction';
  return `${name}, λ = ${formatLambda(panel.lambda)}`;
}

/** A panel's y-axis title, the coordinate it plots: "x₁ᵏ" for the first eigen-direction. */
export function panelAxisTitle(panel: AxisPanel): string {
  return `x${subscript(panel.index + 1)}ᵏ`;
}

/** A run as the panels draw and describe it: its coordinates along every eigen-direction. */
export interface ComponentSeries {
  readonly key: string;
  readonly label: string;
  /** coords[i][k] = qᵢᵀ(wᵏ − w*). */
  readonly coords: readonly (readonly number[])[];
  readonly status: string;
  readonly steps: number;
}

/** A run of a quadratic objective split into its eigen-directions (lib/optim eigenComponents). */
export function componentSeries(
  objective: Objective,
  run: { readonly key: string; readonly label: string; readonly result: SimulationResult },
): ComponentSeries {
  return {
    key: run.key,
    label: run.label,
    coords: eigenComponents(objective, run.result).coords,
    status: run.result.status,
    steps: run.result.steps,
  };
}

/**
 * "Steep direction, λ = 1: after 40 steps, gradient descent changed sign 40 times and is at 0%
 * of its start; momentum …" — one sentence per panel, for the shown step.
 */
export function describePanel(
  panel: AxisPanel,
  runs: readonly ComponentSeries[],
  shown: number,
): string {
  const parts = runs.map((run) => {
    const series = run.coords[panel.index];
    const last = Math.min(shown, series.length - 1);
    const name =
      run.key === 'gd' || run.key === 'heavy-ball' || run.key === 'custom'
        ? run.label.toLowerCase()
        : run.label;
    const flips = signChanges(series, last);
    if (run.status === 'diverged' && shown > run.steps)
      return `${name} diverges after ${run.steps} steps`;
    const flipText =
      flips === 0 ? 'never changed sign' : `changed sign ${flips} time${flips === 1 ? '' : 's'}`;
    return `${name} ${flipText} and is at ${percentOfStart(series[last], panel.start)} of its start`;
  });
  return `${panelTitle(panel)}: after ${shown} step${shown === 1 ? '' : 's'}, ${parts.join('; ')}.`;
}
