'use client';

import type { LessonProps } from '@/components/mdx/lesson-props';
import { niceStep } from '@/lib/plot/nice-step';
import { useEffect, useRef } from 'react';
import type { CheckResult } from '@/lib/exercises/types';
import { challengeEpochs } from '@/lib/nn/challenge';
import {
  challengeProgress,
  challengeSetup,
  challengeVerdict,
  describeChallengeGoal,
  resolveNetworkRun,
  type ChallengeTraining,
} from '@/lib/nn/challenge-view';
import { useExerciseSpec } from '@/components/exercises/ExerciseCatalog';
import { ExerciseShell } from '@/components/exercises/ExerciseShell';
import { withExerciseBoundary } from '@/components/exercises/ExerciseBoundary';
import { useStoredAnswer } from '@/components/exercises/useStoredAnswer';
import { ParameterSliders } from '@/components/exercises/ParameterSliders';
import { useDraftAnswer } from '@/components/exercises/useDraftAnswer';
import { usePlotColors } from '@/components/plot/useTheme';
import { runStyle } from '../runs';
import { RaceCurves } from './RaceCurves';
import { useNetworkRace, type RaceState } from './useNetworkRace';

/** The race state as the challenge's words and verdict read it: its one lane. */
function trainingOf(state: RaceState): ChallengeTraining {
  return {
    status: state.status,
    error: state.error,
    epochsDone: state.epochsDone,
    lane: state.lanes[0],
  };
}

/**
 * "Reach 90% test accuracy within N epochs": the learner sets α (and β); Check trains the real
 * network with the challenge's fixed seed in the page's worker, draws the run as it goes, and
 * judges it with the same function the grader uses after the same training in Node.
 */
export const NetworkChallenge = withExerciseBoundary(function NetworkChallenge({
  id,
  children,
}: Pick<LessonProps<'NetworkChallenge'>, 'id' | 'children'>) {
  const { spec } = useExerciseSpec(id, 'network');
  // Read through the answer schema: only α and β this challenge lets the learner set, in range.
  const stored = useStoredAnswer(spec)?.values;
  const [values, setValues] = useDraftAnswer(
    stored && JSON.stringify(stored),
    () => ({
      lr: spec.initial.lr ?? spec.ranges.lr?.[0] ?? 0.1,
      beta: spec.initial.beta ?? 0.9,
    }),
    (v, key) => ({ ...v, ...(JSON.parse(key) as typeof v) }),
  );
  const { state, start } = useNetworkRace();
  const colors = usePlotColors();
  const epochs = challengeEpochs(spec.goal, spec.margin);
  const nextId = useRef(1);
  const waiting = useRef<((result: CheckResult) => void) | null>(null);

  // The check resolves when the run it started finishes (or fails).
  useEffect(() => {
    const resolve = waiting.current;
    if (!resolve || !state.request) return;
    const verdict = challengeVerdict(spec.goal, trainingOf(state));
    if (verdict) {
      waiting.current = null;
      resolve(verdict);
    }
  }, [state, spec.goal]);

  const runCheck = (answer: unknown) =>
    new Promise<CheckResult>((resolve) => {
      // The grader resolves a submitted answer with the same function.
      const run = resolveNetworkRun(
        spec,
        (answer as { values: Partial<Record<string, number>> }).values,
      );
      if (!run.ok) {
        resolve({ correct: false, message: run.message });
        return;
      }
      waiting.current?.({ correct: false, message: 'Superseded by a newer check.' });
      waiting.current = resolve;
      void start({
        id: nextId.current++,
        ...challengeSetup(spec, { lr: run.lr, beta: run.beta, epochs }),
      });
    });

  const answer = Object.fromEntries(spec.set.map((name) => [name, values[name]]));
  const lanes = state.lanes.map((l) => ({
    key: l.key,
    ...runStyle(l.key, colors),
    losses: [],
    accuracies: l.accuracies,
    diverged: l.diverged,
  }));
  return (
    <ExerciseShell
      spec={spec}
      getAnswer={() => ({ ok: true, answer: { values: answer } })}
      runCheck={runCheck}
    >
      {children}
      <p className="meta">{describeChallengeGoal(spec, epochs)}</p>
      <ParameterSliders
        set={spec.set}
        ranges={spec.ranges}
        values={values}
        stepFor={(name, [lo, hi]) => (name === 'beta' ? 0.01 : niceStep((hi - lo) / 200))}
        minDigits={2}
        onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
      />
      <RaceCurves lanes={lanes} epochs={epochs} target={spec.goal.accuracy} />
      <p className="meta" aria-live="polite">
        {challengeProgress(trainingOf(state), epochs)}
      </p>
    </ExerciseShell>
  );
});
