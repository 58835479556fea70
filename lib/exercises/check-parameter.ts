import { firstBelow } from '../optim';
import { exponential } from '../plot/format';
import { goalWords, stepCount } from './challenge-goal';
import { runChallenge } from './run-challenge';
import {
  parameterAnswerSchema,
  type CheckResult,
  type ExerciseOverrides,
  type ParameterSpec,
  type RunDetail,
} from './types';

/**
 * Runs the challenge with the real optimizer core, through the one challenge runner
 * (`runChallenge`: the objective parsed by lib/expr, the optimizer from lib/optim
 * `makeOptimizer`, and `simulate` with the goal's budget and tolerance).
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
  const parsed = parameterAnswerSchema.safeParse(answer);
  if (!parsed.success) return { correct: false, message: 'Not a set of parameter values' };
  const ran = runChallenge(base, parsed.data.values, overrides);
  if (!ran.ok) return { correct: false, message: ran.message };
  const { spec } = ran;
  const { result: run, target } = ran.run;
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
  const { level, budget } = goalWords(goal);
  if (detail.status === 'diverged') return `Diverged after ${stepCount(detail.stepsTaken)}`;
  const loss = `loss ${exponential(detail.finalLoss, 1)} after ${stepCount(detail.stepsTaken)}`;
  if (detail.settledAt !== null && detail.settledAt !== undefined)
    return `Stays below ${level} from step ${detail.settledAt} on (${loss})`;
  if (detail.firstDip !== null && detail.firstDip !== undefined)
    return `Dipped below ${level} at step ${detail.firstDip} but does not stay there: ${loss}; the goal is to stay below ${level} from some step within ${budget}`;
  return `${loss[0].toUpperCase()}${loss.slice(1)}; the goal is ${level} within ${budget}`;
}
