'use client';

import type { RunOutcome, RunRequest } from '@/lib/exercises/run-challenge';
import { ContourTrajectories } from '@/components/widgets/ContourTrajectories';

/**
 * One run drawn on its surface with settings the figure is given, not the page's values: a
 * challenge's run as the learner sets it, or the run a question describes. `run` is what
 * lib/exercises `runRequest` made of `request` (the grader's own runner, noise and seed
 * included), so the figure shows the run that is graded. The start is not draggable: the
 * settings come from outside.
 */
export function FixedRunFigure({ request, run }: { request: RunRequest; run: RunOutcome }) {
  return (
    <ContourTrajectories
      formulaSource={request.objective}
      runs={[]}
      given={{
        key: request.optimizer,
        optimizer: run.optimizer,
        result: run.result,
        level: request.tol ?? 1e-6,
      }}
      alpha=""
      beta=""
      steps=""
      start=""
      defaultAlpha={run.settings.lr}
      {...(run.settings.beta !== undefined ? { defaultBeta: run.settings.beta } : {})}
      defaultSteps={request.steps}
      defaultStart={run.settings.start}
      startDraggable={false}
    />
  );
}
