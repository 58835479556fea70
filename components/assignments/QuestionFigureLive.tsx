'use client';

import type { ExerciseFigure } from '@/lib/exercises/types';
import { ContourTrajectories } from '@/components/widgets/ContourTrajectories';

/**
 * The figure a question refers to ("on the bowl above"), drawn with the question where it
 * appears outside its lesson: an assignment has no lesson figure above it. Its settings are the
 * question's and stay fixed; the learner can read the run, not change what was asked.
 */
export function QuestionFigureLive({ figure }: { figure: ExerciseFigure }) {
  return (
    <ContourTrajectories
      formulaSource={figure.objective}
      runs={[figure.optimizer]}
      alpha=""
      beta=""
      steps=""
      start=""
      defaultAlpha={figure.lr}
      {...(figure.beta !== undefined ? { defaultBeta: figure.beta } : {})}
      defaultSteps={figure.steps}
      defaultStart={figure.start}
      startDraggable={false}
    />
  );
}
