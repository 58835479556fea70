import { decimalsFor, niceStep } from '../plot/nice-step';
import { checkParameter } from './check-parameter';
import type { ExerciseOverrides, ParameterName, ParameterSpec } from './types';

/** One axis of the search: the values tried for one parameter and the decimals they are shown with. */
export interface GridAxis {
  name: ParameterName;
  values: number[];
  decimals: number;
}

/** Every setting on the grid, checked: `passed[k]` is the verdict of the k-th point in row-major order. */
export interface GridSearch {
  axes: GridAxis[];
  passed: boolean[];
  /** Per passing point (row-major index): the settle step the check reported and the final loss. */
  results: Map<number, { steps: number; finalLoss: number }>;
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

/** Points per axis: 200 on a line, 60 × 60 on a plane, 12 per axis beyond. */
export function gridPoints(dimensions: number): number {
  return dimensions <= 1 ? 200 : dimensions === 2 ? 60 : 12;
}

function axisFor(
  name: ParameterName,
  [lo, hi]: readonly [number, number],
  points: number,
): GridAxis {
  if (hi <= lo)
    return { name, values: [lo], decimals: decimalsFor(Math.max(Math.abs(lo), 1e-6) / 100) };
  const step = niceStep((hi - lo) / points);
  const decimals = decimalsFor(step);
  const values: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-12; v += step)
    values.push(Number(v.toFixed(decimals)));
  return { name, values: values.filter((v) => v >= lo && v <= hi), decimals };
}

/** A grid search that runs in slices, so a page can spread it over frames and drop it midway. */
export interface GridSearchRun {
  readonly search: GridSearch;
  /** Points checked so far, out of `search.passed.length`. */
  readonly done: number;
  /** Checks up to `count` more points; true once every point is checked. */
  advance(count: number): boolean;
}

/**
 * Runs `checkParameter` — the same check the page and the grader run, so a point passes when
 * its loss settles within the goal inside the budget — at every point of a grid over the
 * challenge's allowed ranges, under an assignment's overrides, a slice at a time. `points` per
 * axis defaults to {@link gridPoints}; the builder passes fewer to answer while the
 * instructor types.
 */
export function startGridSearch(
  spec: ParameterSpec,
  overrides?: ExerciseOverrides,
  points = gridPoints(spec.set.length),
): GridSearchRun {
  const axes = spec.set.map((name) => axisFor(name, spec.ranges[name] as [number, number], points));
  const total = axes.reduce((n, a) => n * a.values.length, 1);
  const search: GridSearch = { axes, passed: new Array(total).fill(false), results: new Map() };
  let done = 0;
  const checkPoint = (k: number) => {
    const at = coordinates(axes, k);
    const values = Object.fromEntries(axes.map((a, d) => [a.name, a.values[at[d]]]));
    const result = checkParameter(spec, { values }, overrides);
    if (!result.correct) return;
    search.passed[k] = true;
    const detail = result.detail as
      { settledAt?: number | null; stepsTaken: number; finalLoss: number } | undefined;
    search.results.set(k, {
      steps: detail?.settledAt ?? detail?.stepsTaken ?? spec.goal.steps,
      finalLoss: detail?.finalLoss ?? NaN,
    });
  };
  return {
    search,
    get done() {
      return done;
    },
    advance(count) {
      const end = Math.min(total, done + count);
      for (; done < end; done++) checkPoint(done);
      return done === total;
    },
  };
}

/** {@link startGridSearch} run to the end in one go (build time, tests, the CLI). */
export function searchGrid(
  spec: ParameterSpec,
  overrides?: ExerciseOverrides,
  points = gridPoints(spec.set.length),
): GridSearch {
  const run = startGridSearch(spec, overrides, points);
  run.advance(Infinity);
  return run.search;
}

/** The grid coordinates of row-major index k. */
function coordinates(axes: GridAxis[], k: number): number[] {
  const at: number[] = new Array(axes.length);
  let rest = k;
  for (let d = axes.length - 1; d >= 0; d--) {
    at[d] = rest % axes[d].values.length;
    rest = Math.floor(rest / axes[d].values.length);
  }
  return at;
}

/**
 * A setting that solves a parameter challenge, from {@link searchGrid}: prefers a setting whose
 * grid neighbours pass too (not a knife edge), then the earliest settle step; null when no grid
 * point passes.
 */
export function workingSettingOf({ axes, passed, results }: GridSearch): WorkingSetting | null {
  if (results.size === 0) return null;
  const indexOf = (at: number[]) =>
    at.reduce(
      (k, i, d) =>
        k < 0 || i < 0 || i >= axes[d].values.length ? -1 : k * axes[d].values.length + i,
      0,
    );
  const neighbours = (at: number[]) => {
    let count = 0;
    for (let d = 0; d < at.length; d++) {
      for (const delta of [-1, 1]) {
        const other = [...at];
        other[d] += delta;
        const k = indexOf(other);
        if (k >= 0 && passed[k]) count++;
      }
    }
    return count;
  };
  let best: { k: number; steps: number; finalLoss: number; score: number } | null = null;
  for (const [k, r] of results) {
    const score = neighbours(coordinates(axes, k));
    if (!best || score > best.score || (score === best.score && r.steps < best.steps))
      best = { k, ...r, score };
  }
  const chosen = best as { k: number; steps: number; finalLoss: number };
  const at = coordinates(axes, chosen.k);
  return {
    values: Object.fromEntries(axes.map((a, d) => [a.name, a.values[at[d]]])),
    shown: Object.fromEntries(axes.map((a, d) => [a.name, a.values[at[d]].toFixed(a.decimals)])),
    steps: chosen.steps,
    finalLoss: chosen.finalLoss,
    passing: results.size,
    tried: passed.length,
  };
}

/**
 * A setting that solves a parameter challenge, found by a grid search over the allowed ranges
 * (the teacher's key at build time, the builder as the instructor types).
 */
export function findWorkingSetting(
  spec: ParameterSpec,
  overrides?: ExerciseOverrides,
): WorkingSetting | null {
  return workingSettingOf(searchGrid(spec, overrides));
}
