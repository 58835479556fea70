import { parseObjective } from '../expr';
import { firstBelow, makeOptimizer, simulate } from '../optim';
import {
  parameterAnswerSchema,
  type CheckResult,
  type ExerciseOverrides,
  type ParameterName,
  type ParameterSpec,
  type RunDetail,
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
 * optimizer from lib/optim `makeOptimizer`, and `simulate` with the goal's budget and tolerance.
 * It passes iff the run *settles* within the budget: from some step k ≤ `goal.steps` on, the loss
 * stays at or below `goal.loss` for good (simulate proves "for good" past the budget, by the
 * closed-form envelope on a quadratic or a margin run elsewhere). A loss that only dips below the
 * goal, as momentum's does when it swings through the minimum, and climbs back does not pass.
 * The loss is f − f* when the objective knows its minimum f*, and f itself otherwise (typed
 * formulas: the author sets the goal on f). `detail` says how far the run got.
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
    const optimizer = makeOptimizer(spec.optimizer, {
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
    // The core refuses impossible settings (a bad lr) by throwing.
    return { correct: false, message: `Cannot run with these values: ${(error as Error).message}` };
  }
  const detail: RunDetail = {
    stepsTaken: run.steps,
    settledAt: run.settledAt,
    firstDip: firstBelow(run.losses, spec.goal.loss, target),
    finalLoss: run.losses[run.losses.length - 1] - target,
    status: run.status,
  };
  const correct = run.status === 'converged' && run.settledAt !== null;
  return { correct, message: describeRun(detail, spec.goal), detail };
}

function describeRun(detail: RunDetail, goal: ParameterSpec['goal']): string {
  const steps = (n: number) => `${n} step${n === 1 ? '' : 's'}`;
  const goalText = goal.loss.toExponential(0);
  if (detail.status === 'diverged') return `Diverged after ${steps(detail.stepsTaken)}`;
  const loss = `loss ${detail.finalLoss.toExponential(1)} after ${steps(detail.stepsTaken)}`;
  if (detail.settledAt !== null && detail.settledAt !== undefined)
    return `Stays below ${goalText} from step ${detail.settledAt} on (${loss})`;
  if (detail.firstDip !== null && detail.firstDip !== undefined)
    return `Dipped below ${goalText} at step ${detail.firstDip} but does not stay there: ${loss}; the goal is to stay below ${goalText} from some step within ${goal.steps}`;
  return `${loss[0].toUpperCase()}${loss.slice(1)}; the goal is ${goalText} within ${goal.steps} steps`;
}
