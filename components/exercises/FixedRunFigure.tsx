'use client';

import { useMemo } from 'react';
import { DEFAULT_TOLERANCE, type RunOutcome, type RunRequest } from '@/lib/exercises/run-challenge';
import { ContourTrajectories, type GivenRun } from '@/components/widgets/ContourTrajectories';

/**
 * One run drawn on its surface with settings the figure is given, not the page's values: a
 * challenge's run as the learner sets it, or the run a question describes. `run` is what
 * lib/exercises `runRequest` made of `request` (the grader's own runner, noise and seed
 * included), so the figure shows the run that is graded. The start is not draggable: the
 * settings come from outside.
 */
export function FixedRunFigure({ request, run }: { request: RunRequest; run: RunOutcome }) {
  const given = useMemo<GivenRun>(
    () => ({
      key: request.optimizer,
      optimizer: run.optimizer,
      result: run.result,
      // A challenge's goal is measured as its grader measures it (from f*, or from 0 where f*
      // is unknown); a question's figure claims settling only where f* is known.
      level: request.tol ?? (run.objective.minimum !== undefined ? DEFAULT_TOLERANCE : null),
    }),
    [request, run],
  );
  return (
    <ContourTrajectories
      formulaSource={request.objective}
      runs={[]}
      given={given}
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
