import { parseObjective } from '../expr';
import {
  makeOptimizer,
  simulate,
  type Objective,
  type Optimizer,
  type SimulationResult,
} from '../optim';
import { answerValuesProblem } from './answer-values';
import type { ExerciseFigure, ExerciseOverrides, ParameterName, ParameterSpec } from './types';

/** The challenge as an assignment sets it: overrides replace the objective, goal, seed and noise. */
export function applyOverrides(
  spec: ParameterSpec,
  overrides: ExerciseOverrides = {},
): ParameterSpec {
  return {
    ...spec,
    ...(overrides.objective !== undefined ? { objective: overrides.objective } : {}),
    goal: { ...spec.goal, ...overrides.goal },
    ...(overrides.seed !== undefined ? { seed: overrides.seed } : {}),
    ...(overrides.noise !== undefined ? { noise: overrides.noise } : {}),
  };
}

/**
 * The values a challenge opens with, for each parameter the learner sets: the author's initial
 * value, else (α) the low end of its range, else β = 0 and the challenge's start, held inside
 * the parameter's range.
 */
export function openingValues(spec: ParameterSpec): Partial<Record<ParameterName, number>> {
  const opening: Record<ParameterName, number> = {
    lr: spec.initial.lr ?? spec.ranges.lr?.[0] ?? 0.1,
    beta: spec.initial.beta ?? 0,
    x0: spec.initial.x0 ?? spec.start[0],
    y0: spec.initial.y0 ?? spec.start[1],
  };
  // Held inside the allowed range, as the slider shows it (and the check accepts it).
  const inRange = (name: ParameterName) => {
    const [lo, hi] = spec.ranges[name] ?? [-Infinity, Infinity];
    return Math.min(hi, Math.max(lo, opening[name]));
  };
  return Object.fromEntries(spec.set.map((name) => [name, inRange(name)]));
}

/** The settings of one run of a challenge. */
export interface ChallengeSettings {
  lr: number;
  beta?: number;
  start: [number, number];
}

/** The parameters a run uses: the learner's values for `set`, the challenge's for the rest. */
export function resolveParameters(
  spec: ParameterSpec,
  values: Partial<Record<ParameterName, number>>,
): ({ ok: true } & ChallengeSettings) | { ok: false; message: string } {
  const problem = answerValuesProblem(spec.set, spec.ranges, values);
  if (problem) return { ok: false, message: problem };
  // Values the learner may not set are ignored: a submission cannot change a fixed parameter.
  const pick = (name: ParameterName) =>
    (spec.set.includes(name) ? values[name] : undefined) ?? spec.initial[name];
  const beta = pick('beta');
  return {
    ok: true,
    lr: pick('lr') as number,
    ...(beta !== undefined ? { beta } : {}),
    start: [pick('x0') ?? spec.start[0], pick('y0') ?? spec.start[1]],
  };
}

/** The loss level a run settles against when its request names none. */
export const DEFAULT_TOLERANCE = 1e-6;

/** A run with fixed settings on a surface: a challenge's, or the figure a question refers to. */
export type RunRequest = ExerciseFigure & {
  /** The loss (f − f*, or f when f* is unknown) the run must settle below; default 1e-6. */
  tol?: number;
  noise?: number;
  seed?: number;
};

/** One run, as the grader and every figure of it see it. */
export interface RunOutcome {
  objective: Objective;
  /** f*, the loss the goal is measured from (0 when the objective does not know its minimum). */
  target: number;
  settings: ChallengeSettings;
  /** The optimizer as the run used it (its hyper-parameters, defaults filled in). */
  optimizer: Optimizer<unknown>;
  result: SimulationResult;
}

/**
 * Runs `request` with the real optimizer core: the objective parsed by lib/expr, the optimizer
 * from lib/optim `makeOptimizer`, and `simulate` with the budget, the tolerance measured from
 * f* (f − f* ≤ tol), the noise and its seed. `wholeBudget` records every step (a figure draws
 * the whole budget); the settle step and status do not depend on it. A message instead when the
 * objective does not parse or the core refuses the settings (it throws on an impossible lr).
 */
export function runRequest(
  request: RunRequest,
  { wholeBudget = false }: { wholeBudget?: boolean } = {},
): { ok: true; run: RunOutcome } | { ok: false; message: string } {
  const parsed = parseObjective(request.objective);
  if (!parsed.ok)
    return { ok: false, message: `The objective does not parse: ${parsed.error.message}` };
  const objective = parsed.objective;
  const target = objective.minimum ?? 0;
  const settings: ChallengeSettings = {
    lr: request.lr,
    ...(request.beta !== undefined ? { beta: request.beta } : {}),
    start: [request.start[0], request.start[1]],
  };
  try {
    const optimizer = makeOptimizer(request.optimizer, {
      lr: settings.lr,
      ...(settings.beta !== undefined ? { beta: settings.beta } : {}),
    });
    const result = simulate(objective, optimizer, settings.start, {
      steps: request.steps,
      tol: request.tol ?? DEFAULT_TOLERANCE,
      target,
      ...(wholeBudget ? { stopAtSettle: false } : {}),
      ...(request.noise !== undefined ? { noise: request.noise } : {}),
      ...(request.seed !== undefined ? { seed: request.seed } : {}),
    });
    return { ok: true, run: { objective, target, settings, optimizer, result } };
  } catch (error) {
    return { ok: false, message: `Cannot run with these values: ${(error as Error).message}` };
  }
}

/**
 * The run a challenge asks for, with `values` for the parameters the learner sets: the one
 * function the grader (`checkParameter`), the teacher's key and worksheet figure, the builder's
 * map and the page's figure share, so none of them can run something else. The challenge is
 * taken as `overrides` set it (an assignment's objective, goal, noise and seed).
 */
export function challengeRequest(
  base: ParameterSpec,
  values: Partial<Record<ParameterName, number>>,
  overrides?: ExerciseOverrides,
): { ok: true; request: RunRequest; spec: ParameterSpec } | { ok: false; message: string } {
  const spec = applyOverrides(base, overrides);
  const params = resolveParameters(spec, values);
  if (!params.ok) return params;
  return {
    ok: true,
    spec,
    request: {
      objective: spec.objective,
      optimizer: spec.optimizer,
      lr: params.lr,
      ...(params.beta !== undefined ? { beta: params.beta } : {}),
      start: params.start,
      steps: spec.goal.steps,
      tol: spec.goal.loss,
      ...(spec.noise !== undefined ? { noise: spec.noise } : {}),
      ...(spec.seed !== undefined ? { seed: spec.seed } : {}),
    },
  };
}

/** {@link challengeRequest} run by {@link runRequest}. */
export function runChallenge(
  base: ParameterSpec,
  values: Partial<Record<ParameterName, number>>,
  overrides?: ExerciseOverrides,
  options?: { wholeBudget?: boolean },
):
  | { ok: true; run: RunOutcome; spec: ParameterSpec; request: RunRequest }
  | { ok: false; message: string } {
  const asked = challengeRequest(base, values, overrides);
  if (!asked.ok) return asked;
  const ran = runRequest(asked.request, options);
  return ran.ok ? { ...ran, spec: asked.spec, request: asked.request } : ran;
}

/**
 * The run the learner's live figure draws for the slider values `values`: the grader's own
 * {@link runChallenge} (objective, start, budget, tolerance, noise and seed as the check runs
 * them, under the assignment's overrides), recorded over the whole budget so the figure can show
 * the steps after the settle step too. Up to where the grader stops, it is the graded run.
 */
export function liveChallengeRun(
  base: ParameterSpec,
  values: Partial<Record<ParameterName, number>>,
  overrides?: ExerciseOverrides,
): ReturnType<typeof runChallenge> {
  return runChallenge(base, values, overrides, { wholeBudget: true });
}
