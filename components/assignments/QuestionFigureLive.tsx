'use client';

import { useMemo } from 'react';
import { optimizerLabel } from '@/lib/exercises/challenge-question';
import { runRequest } from '@/lib/exercises/run-challenge';
import type { ExerciseFigure } from '@/lib/exercises/types';
import { FixedRunFigure } from '@/components/exercises/FixedRunFigure';

/**
 * The figure a question refers to ("on the bowl above"), drawn with the question where it
 * appears outside its lesson: an assignment has no lesson figure above it. Its settings are the
 * question's and stay fixed; the learner can read the run, not change what was asked.
 */
export function QuestionFigureLive({ figure }: { figure: ExerciseFigure }) {
  const show = (x: number) => String(x).replace('-', '−');
  // The run as the grader's runner makes it, over the question's whole budget.
  const ran = useMemo(() => runRequest(figure, { wholeBudget: true }), [figure]);
  const settings = [
    `α = ${show(figure.lr)}`,
    ...(figure.beta !== undefined ? [`β = ${show(figure.beta)}`] : []),
  ].join(', ');
  return (
    <>
      <p className="meta">
        The bowl this question refers to: {optimizerLabel(figure.optimizer)} with {settings} from (
        {show(figure.start[0])}, {show(figure.start[1])}), {figure.steps} steps, on f(x, y) ={' '}
        {figure.objective}.
      </p>
      {ran.ok ? (
        <FixedRunFigure request={figure} run={ran.run} />
      ) : (
        <p className="num-error">{ran.message}</p>
      )}
    </>
  );
}
