'use client';

import type { ExerciseFigure } from '@/lib/exercises/types';
import { ContourTrajectories } from '@/components/widgets/ContourTrajectories';

/**
 * One run drawn on its surface with settings the figure is given, not the page's values: a
 * challenge's run as the learner sets it, or the run a question describes. The start is not
 * draggable: the settings come from outside.
 *
 * ContourTrajectories simulates these settings itself: it has no prop for a finished run (lib
 * `liveChallengeRun`), so a challenge with noisy gradients is drawn without the noise.
 */
export function FixedRunFigure({ objective, optimizer, lr, beta, start, steps }: ExerciseFigure) {
  return (
    <ContourTrajectories
      formulaSource={objective}
      runs={[optimizer]}
      alpha=""
      beta=""
      steps=""
      start=""
      defaultAlpha={lr}
      {...(beta !== undefined ? { defaultBeta: beta } : {})}
      defaultSteps={steps}
      defaultStart={start}
      startDraggable={false}
    />
  );
}
