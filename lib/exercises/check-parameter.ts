import { parseObjective } from '../expr';
import { makeOptimizer, simulate, type OptimizerName } from '../optim';
import {
  parameterAnswerSchema,
  type CheckResult,
  type ExerciseOverrides,
  type ParameterName,
  type ParameterSpec,
} from './types';

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

/** The parameters a run uses: the learner's values for `set`, the challenge's for the rest. */
export function resolveParameters(
  spec: ParameterSpec,
  values: Partial<Record<ParameterName, number>>,
):
  | { ok: true; lr: number; beta?: number; start: [number, number] }
  | { ok: false; message: string } {
  for (const name of spec.set) {
    const value = values[name];
    if (value === undefined) return { ok: false, message: `No value for ${name}` };
    const [lo, hi] = spec.ranges[name] as [number, number];
    if (!(value >= lo && value <= hi))
      return { ok: false, message: `${name} = ${value} is outside [${lo}, ${hi}]` };
  }
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

/**
 * Runs the challenge with the real optimizer core: the objective parsed by lib/expr, the
 * optimizer from lib/optim `makeOptimizer`, and `simulate` for at most `goal.steps` steps. It
 * passes iff the loss reaches `goal.loss` within the budget, where the loss is f − f* when the
 * objective knows its minimum f*, and f itself otherwise (typed formulas: the author sets the
 * goal on f). `detail` says how far the run got, for "loss 3.2e-4 after 60 steps".
 */
export function checkParameter(
  base: ParameterSpec,
  answer: unknown,
  overrides?: ExerciseOverrides,
): CheckResult {
  const spec = applyOverrides(base, overrides);
  const parsed = parameterAnswerSchema.safeParse(answer);
  if (!parsed.success) return { correct: false, message: 'Not a set of parameter values' };
  const params = resolveParameters(spec, parsed.data.values);
  if (!params.ok) return { correct: false, message: params.message };
  const objective = parseObjective(spec.objective);
  if (!objective.ok)
    return { correct: false, message: `The objective does not parse: ${objective.error.message}` };

  const target = objective.objective.minimum ?? 0;
  let run: ReturnType<typeof simulate>;
  try {
    const optimizer = makeOptimizer(spec.optimizer as OptimizerName, {
      lr: params.lr,
      ...(params.beta !== undefined ? { beta: params.beta } : {}),
    });
    run = simulate(objective.objective, optimizer, params.start, {
      steps: spec.goal.steps,
      tol: spec.goal.loss,
      target,
      ...(spec.noise !== undefined ? { noise: spec.noise } : {}),
      ...(spec.seed !== undefined ? { seed: spec.seed } : {}),
    });
  } catch (error) {
    // The core refuses impossible settings (a start point already at infinity, a bad lr) by throwing.
    return { correct: false, message: `Cannot run with these values: ${(error as Error).message}` };
  }
  const finalLoss = run.losses[run.losses.length - 1] - target;
  const detail = { stepsTaken: run.steps, finalLoss, status: run.status };
  const correct =
    run.status === 'converged' && run.steps <= spec.goal.steps && finalLoss <= spec.goal.loss;
  return { correct, message: describeRun(detail, spec.goal), detail };
}

function describeRun(
  detail: { stepsTaken: number; finalLoss: number; status: string },
  goal: ParameterSpec['goal'],
): string {
  const steps = `${detail.stepsTaken} step${detail.stepsTaken === 1 ? '' : 's'}`;
  if (detail.status === 'diverged') return `Diverged after ${steps}`;
  const loss = `loss ${detail.finalLoss.toExponential(1)} after ${steps}`;
  return detail.status === 'converged'
    ? `Reached ${loss}`
    : `${loss[0].toUpperCase()}${loss.slice(1)}; the goal is ${goal.loss.toExponential(0)} within ${goal.steps} steps`;
}
