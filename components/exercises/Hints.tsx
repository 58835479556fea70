'use client';

import { Children } from 'react';
import { useExercise } from './ExerciseShell';
import type { LessonProps } from '@/components/mdx/lesson-props';

/** The exercise's hints, in escalation order; only those the learner asked for are shown. */
export function Hints({ children }: LessonProps<'Hints'>) {
  const { hintsShown } = useExercise();
  const hints = Children.toArray(children).slice(0, hintsShown);
  if (hints.length === 0) return null;
  return (
    <ol className="hints" aria-label="Hints">
      {hints}
    </ol>
  );
}

export function Hint({ children }: LessonProps<'Hint'>) {
  return <li className="hint">{children}</li>;
}

/** The worked solution, shown once revealed (after a few tries or a correct answer). */
export function Solution({ children }: LessonProps<'Solution'>) {
  const { solutionShown } = useExercise();
  if (!solutionShown) return null;
  return (
    <div className="solution">
      <p className="solution-title">Solution</p>
      {children}
    </div>
  );
}
