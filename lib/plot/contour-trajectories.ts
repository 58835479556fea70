/**
 * The live sentence of the trajectory figure: where each run is at the shown epoch, and whether
 * its loss settles below the figure's level within the budget (MATH.md, "Measuring speed
 * honestly": the first dip below the level does not count).
 */
import { firstBelow } from '@/lib/optim';
import { powerOfTen } from './format';
import { formatLoss, startProblem, type RunOutcome } from './runs';

/**
 * "Gradient descent: loss 0.0152 after 100 steps, not below 10⁻⁶ for good within 100 steps.
 * Momentum: loss 3.1e-9 after 100 steps; it stays below 10⁻⁶ from step 71." One sentence per run;
 * a diverged run says when; a run whose start is already undefined says that instead. The settle
 * clause is given only where f* is known (the runs then carry `settledAt`) and `level` is not
 * null (null: the figure makes no claim about settling).
 */
export function describeTrajectories(
  runs: readonly RunOutcome[],
  epoch: number,
  { level, budget, w0 }: { level: number | null; budget: number; w0: readonly number[] },
): string {
  const problem = runs[0] ? startProblem(runs[0].result, w0) : null;
  if (problem) return problem;
  return runs
    .map((run) => {
      const { result } = run;
      if (result.status === 'diverged' && epoch > result.steps)
        return `${run.label} diverges after ${result.steps} steps.`;
      const k = Math.min(epoch, result.steps);
      const where = `${run.label}: loss ${formatLoss(result.losses[k])} after ${k} steps`;
      if (level === null || result.minimum === undefined || result.status === 'diverged')
        return `${where}.`;
      return `${where}${settleClause(run, level, budget)}.`;
    })
    .join(' ');
}

function settleClause(run: RunOutcome, level: number, budget: number): string {
  const levelText = powerOfTen(level);
  const { result } = run;
  if (result.settledAt !== null)
    return `; it stays below ${levelText} from step ${result.settledAt}`;
  const dip = firstBelow(result.losses, level, result.minimum ?? 0);
  if (dip !== null)
    return `; it dips below ${levelText} at step ${dip} but does not stay there within ${budget} steps`;
  return `, not below ${levelText} within ${budget} steps`;
}
