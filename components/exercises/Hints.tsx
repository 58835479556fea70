'use client';

import { Children, type ReactNode } from 'react';
import { useExercise } from './ExerciseShell';

/** The exercise's hints, in escalation order; only those the learner asked for are shown. */
export function Hints({ children }: { children: ReactNode }) {
  const { hintsShown } = useExercise();
  const hints = Children.toArray(children).slice(0, hintsShown);
  if (hints.length === 0) return null;
  return (
    <ol className="hints" aria-label="Hints">
      {hints}
    </ol>
  );
}

export function Hint({ children }: { children: ReactNode }) {
  return <li className="hint">{children}</li>;
}

/** The worked solution, shown once revealed (after a few tries or a correct answer). */
export function Solution({ children }: { children: ReactNode }) {
  const { solutionShown } = useExercise();
  if (!solutionShown) return null;
  return (
    <div className="solution">
      <p className="solution-title">Solution</p>
      {children}
    </div>
  );
}
