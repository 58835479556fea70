import {
  checkAnswer,
  numericTolerance,
  type ExerciseSpec,
  type ParameterName,
  type ParameterSpec,
} from '@/lib/exercises';
import { tunedStep } from '@/lib/nn/tuned-steps';
import { decimalsFor, niceStep } from '@/lib/plot/nice-step';

/** Formats a number for a teacher: short, no float noise. */
export function formatNumber(x: number): string {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e5 || abs < 1e-3) return x.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(6)));
}

export interface WorkingSetting {
  values: Partial<Record<ParameterName, number>>;
  /** The values as the learner would type them, rounded to the grid's step. */
  shown: Partial<Record<ParameterName, string>>;
  /** The step from which the loss stays within the goal (the settle step the check uses). */
  steps: number;
  finalLoss: number;
  /** How many settings on the grid pass, out of how many tried: a feel for how hard it is. */
  passing: number;
  tried: number;
}

function gridFor(
  [lo, hi]: readonly [number, number],
  points: number,
): { values: number[]; decimals: number } {
  if (hi <= lo) return { values: [lo], decimals: decimalsFor(Math.max(Math.abs(lo), 1e-6) / 100) };
  const step = niceStep((hi - lo) / points);
  const decimals = decimalsFor(step);
  const values: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-12; v += step)
    values.push(Number(v.toFixed(decimals)));
  return { values: values.filter((v) => v >= lo && v <= hi), decimals };
}

/**
 * A setting that solves a parameter challenge, found at build time by a grid search over the
 * allowed ranges with the same `checkAnswer` the page and the grader run (a setting passes when
 * its loss settles within the goal inside the budget). Prefers a setting whose grid neighbours
 * pass too (not a knife edge), then the earliest settle step; null when no grid point passes.
 */
export function findWorkingSetting(spec: ParameterSpec): WorkingSetting | null {
  const names = spec.set;
  const points = names.length <= 1 ? 200 : names.length === 2 ? 60 : 12;
  const grids = names.map((name) => gridFor(spec.ranges[name] as [number, number], points));
  const results = new Map<string, { index: number[]; steps: number; finalLoss: number }>();
  let tried = 0;
  const index: number[] = [];
  const visit = (i: number) => {
    if (i === names.length) {
      tried++;
      const values = Object.fromEntries(names.map((n, k) => [n, grids[k].values[index[k]]]));
      const result = checkAnswer(spec, { values });
      if (!result.correct) return;
      const detail = result.detail as
        { settledAt?: number | null; stepsTaken: number; finalLoss: number } | undefined;
      results.set(index.join(','), {
        index: [...index],
        steps: detail?.settledAt ?? detail?.stepsTaken ?? spec.goal.steps,
        finalLoss: detail?.finalLoss ?? NaN,
      });
      return;
    }
    for (let k = 0; k < grids[i].values.length; k++) {
      index[i] = k;
      visit(i + 1);
    }
  };
  visit(0);
  if (results.size === 0) return null;
  const neighbours = (at: number[]) => {
    let count = 0;
    for (let d = 0; d < at.length; d++) {
      for (const delta of [-1, 1]) {
        const other = [...at];
        other[d] += delta;
        if (results.has(other.join(','))) count++;
      }
    }
    return count;
  };
  let best: { index: number[]; steps: number; finalLoss: number; score: number } | null = null;
  for (const r of results.values()) {
    const score = neighbours(r.index);
    if (!best || score > best.score || (score === best.score && r.steps < best.steps))
      best = { ...r, score };
  }
  const chosen = best as { index: number[]; steps: number; finalLoss: number };
  return {
    values: Object.fromEntries(names.map((n, k) => [n, grids[k].values[chosen.index[k]]])),
    shown: Object.fromEntries(
      names.map((n, k) => [n, grids[k].values[chosen.index[k]].toFixed(grids[k].decimals)]),
    ),
    steps: chosen.steps,
    finalLoss: chosen.finalLoss,
    passing: results.size,
    tried,
  };
}

export const PARAMETER_LABEL: Record<ParameterName, string> = {
  lr: 'α (step size)',
  beta: 'β (momentum)',
  x0: 'start x',
  y0: 'start y',
};

export const KIND_LABEL: Record<ExerciseSpec['kind'], string> = {
  numeric: 'Number',
  choice: 'Multiple choice',
  parameter: 'Tuning challenge',
  formula: 'Formula',
  network: 'Training challenge',
};

/** The answer of a numeric exercise as a teacher reads it: "−0.8 (± 0.005)" or "between a and b". */
export function numericAnswerText(spec: Extract<ExerciseSpec, { kind: 'numeric' }>): string {
  if (spec.range)
    return `any value from ${formatNumber(spec.range[0])} to ${formatNumber(spec.range[1])}`;
  const answer = spec.answer as number;
  const tolerance = numericTolerance(spec);
  const relative = spec.tolerance === undefined ? ' (three significant figures)' : '';
  return `${formatNumber(answer)} (accepted: ± ${formatNumber(tolerance)}${relative})`;
}

const OPTIMIZER_LABEL: Record<string, string> = {
  gd: 'gradient descent',
  'heavy-ball': 'the heavy ball (momentum)',
  nesterov: 'Nesterov momentum',
  'ema-momentum': 'momentum in averaged form',
  adam: 'Adam',
  rmsprop: 'RMSProp',
};

export function optimizerLabel(name: string): string {
  return OPTIMIZER_LABEL[name] ?? name;
}

/**
 * A setting that passes a network challenge, for the teacher's guide: the optimizer's tuned
 * step from the course's grid search (lib/nn/tuned-steps) with β = 0.9, held inside the allowed
 * ranges, checked at build time with the same `checkAnswer` as the page and the grader (about a
 * second of training). Null when it does not pass.
 */
export function findNetworkSetting(
  spec: Extract<ExerciseSpec, { kind: 'network' }>,
): { values: { lr: number; beta: number }; message: string } | null {
  let lr: number;
  try {
    lr = tunedStep(spec.optimizer, spec.batch);
  } catch {
    return null;
  }
  const clip = (name: 'lr' | 'beta', v: number) => {
    const range = spec.ranges[name];
    return range ? Math.min(range[1], Math.max(range[0], v)) : v;
  };
  const values = { lr: clip('lr', lr), beta: clip('beta', spec.initial.beta ?? 0.9) };
  const result = checkAnswer(spec, { values });
  return result.correct ? { values, message: result.message ?? '' } : null;
}
