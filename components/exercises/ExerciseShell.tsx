'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { canRequestHint, solutionAvailable, attemptsUntilSolution } from '@/lib/exercises/hints';
import type {
  CheckResult,
  ExerciseAnswer,
  ExerciseOverrides,
  ExerciseSpec,
} from '@/lib/exercises/types';
import type { ProgressEntry } from '@/lib/progress';
import { entryFor, progressKeyFor } from '@/lib/progress/scope';
import { useSolvedIds } from './useSolved';
import { useProgress, useProgressStore } from './ProgressProvider';

interface ExerciseState {
  id: string;
  hintsShown: number;
  solutionShown: boolean;
  /** The last check's verdict in this visit, or the stored one. */
  verdict: boolean | null;
}

const ExerciseContext = createContext<ExerciseState | null>(null);

export function useExercise(): ExerciseState {
  const state = useContext(ExerciseContext);
  if (!state) throw new Error('<Hints>, <Hint>, <Solution> and <Choice> belong inside an exercise');
  return state;
}

const KIND_LABEL: Record<ExerciseSpec['kind'], string> = {
  numeric: 'Compute',
  choice: 'Choose',
  parameter: 'Tune',
  formula: 'Write the formula',
  network: 'Train',
};

/**
 * What every exercise shares: its heading, the check button, feedback, escalating hints, the
 * worked solution, and saving each attempt to the learner's progress.
 * `getAnswer` returns the answer to check, or a message when the input is not an answer yet.
 */
export function ExerciseShell({
  spec,
  overrides,
  getAnswer,
  runCheck,
  input,
  children,
}: {
  spec: ExerciseSpec;
  overrides?: ExerciseOverrides;
  getAnswer: () => { ok: true; answer: ExerciseAnswer } | { ok: false; message: string };
  /** A check that must not block the page (training a network in a worker); default checkAnswer. */
  runCheck?: (answer: ExerciseAnswer) => Promise<CheckResult>;
  input?: ReactNode;
  children: ReactNode;
}) {
  const progress = useProgress();
  const { store, setNotice } = useProgressStore();
  // An assignment that changes this exercise's settings keeps its answers apart from the
  // lesson's (lib/progress `scope.ts`), and an answer counts as solved only if it passes here.
  const key = progressKeyFor(spec.id, overrides);
  const entry: ProgressEntry | undefined = entryFor(progress, spec.id, overrides);
  const attempts = entry?.attempts ?? 0;
  const hintsShown = entry?.hintsShown ?? 0;
  const [feedback, setFeedback] = useState<{ correct: boolean; message: string } | null>(null);
  const [checking, setChecking] = useState(false);
  const solved = useSolvedIds([{ spec, overrides, entry }]).has(spec.id);
  const solutionShown = entry?.revealed ?? false;

  const save = (result: { ok: true } | { ok: false; message: string }) => {
    if (!result.ok) setNotice(`Progress could not be saved: ${result.message}`);
  };

  const check = async () => {
    const answer = getAnswer();
    if (!answer.ok) {
      setFeedback({ correct: false, message: answer.message });
      return;
    }
    setChecking(true);
    let result: CheckResult;
    if (runCheck) {
      result = await runCheck(answer.answer).catch((error: Error) => ({
        correct: false,
        message: `The answer could not be checked: ${error.message}`,
      }));
    } else {
      // The checker (and for formulas the formula engine) loads on first use only.
      const { checkAnswer } = await import('@/lib/exercises/check');
      result = checkAnswer(spec, answer.answer, overrides);
    }
    setChecking(false);
    setFeedback({
      correct: result.correct,
      message:
        result.message ??
        (result.correct
          ? 'Correct.'
          : spec.hintCount > 0
            ? 'Not yet — try again, or ask for a hint.'
            : 'Not yet — try again.'),
    });
    if (store) save(store.recordAttempt(key, answer.answer, { correct: result.correct }));
  };

  const hintCount = spec.hintCount;
  const hintAllowed = canRequestHint(attempts, hintCount, hintsShown);
  const canReveal = solutionAvailable(attempts, { correct: solved });
  const verdict = feedback ? feedback.correct : entry ? solved : null;

  return (
    <ExerciseContext.Provider value={{ id: spec.id, hintsShown, solutionShown, verdict }}>
      <section
        className={`exercise${solved ? ' solved' : ''}`}
        aria-labelledby={`${spec.id}-title`}
        data-exercise={spec.id}
        id={`exercise-${spec.id}`}
      >
        <header className="exercise-header">
          <h3 id={`${spec.id}-title`}>
            Exercise: {KIND_LABEL[spec.kind]}
            {spec.predict && <span className="badge">Predict before you look</span>}
          </h3>
          <span className="exercise-status">
            {solved
              ? '✓ Solved'
              : attempts > 0
                ? `${attempts} ${attempts === 1 ? 'try' : 'tries'}`
                : ''}
          </span>
        </header>
        <div className="exercise-body">{children}</div>
        {input}
        <div className="exercise-actions no-print">
          <button type="button" className="button primary" onClick={check} disabled={checking}>
            Check
          </button>
          {hintCount > 0 && (
            <button
              type="button"
              className="button"
              disabled={!hintAllowed}
              onClick={() => store && save(store.revealHint(key))}
            >
              {hintsShown === 0 ? 'Show a hint' : 'Next hint'} ({Math.min(hintsShown, hintCount)}/
              {hintCount})
            </button>
          )}
          {spec.hasSolution && !solutionShown && (
            <button
              type="button"
              className="button"
              disabled={!canReveal}
              title={
                canReveal
                  ? undefined
                  : `Available after ${attemptsUntilSolution(attempts)} more tries`
              }
              onClick={() => store && save(store.revealSolution(key))}
            >
              Show the solution
              {!canReveal && (
                <span className="meta"> (after {attemptsUntilSolution(attempts)} more tries)</span>
              )}
            </button>
          )}
        </div>
        <p
          className={`feedback ${verdict === null ? '' : verdict ? 'ok' : 'bad'}`}
          role="status"
          aria-live="polite"
        >
          {feedback?.message ?? (solved ? 'You solved this one.' : '')}
        </p>
      </section>
    </ExerciseContext.Provider>
  );
}
