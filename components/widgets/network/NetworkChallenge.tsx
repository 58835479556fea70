'use client';

import type { LessonProps } from '@/components/mdx/lesson-props';
import { niceStep } from '@/lib/plot/nice-step';
import { useEffect, useRef } from 'react';
import type { CheckResult } from '@/lib/exercises/types';
import { challengeEpochs, judgeNetworkRun } from '@/lib/nn/challenge';
import { batchSizeFor, DEFAULT_SHAPE } from '@/lib/nn/settings';
import { useExerciseSpec } from '@/components/exercises/ExerciseCatalog';
import { ExerciseShell } from '@/components/exercises/ExerciseShell';
import { withExerciseBoundary } from '@/components/exercises/ExerciseBoundary';
import { useStoredAnswer } from '@/components/exercises/useStoredAnswer';
import { ParameterSliders } from '@/components/exercises/ParameterSliders';
import { useDraftAnswer } from '@/components/exercises/useDraftAnswer';
import { usePlotColors } from '@/components/plot/useTheme';
import { runStyle } from '../runs';
import { RaceCurves } from './RaceCurves';
import { useNetworkRace } from './useNetworkRace';

const TRAIN_DIGITS = 3000;

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
    if (state.status === 'error') {
      waiting.current = null;
      resolve({ correct: false, message: `The training stopped: ${state.error}` });
    } else if (state.status === 'done') {
      waiting.current = null;
      const lane = state.lanes[0];
      const verdict = judgeNetworkRun(spec.goal, {
        accuracies: lane?.accuracies ?? [],
        diverged: lane?.diverged ?? true,
      });
      resolve({ correct: verdict.correct, message: verdict.message });
    }
  }, [state, spec.goal]);

  const runCheck = (answer: unknown) =>
    new Promise<CheckResult>((resolve) => {
      const chosen = (answer as { values: Partial<Record<'lr' | 'beta', number>> }).values;
      const pick = (name: 'lr' | 'beta') =>
        (spec.set.includes(name) ? chosen[name] : undefined) ?? spec.initial[name];
      for (const name of spec.set) {
        const value = chosen[name];
        const [lo, hi] = spec.ranges[name] as [number, number];
        if (value === undefined || !(value >= lo && value <= hi)) {
          resolve({ correct: false, message: `${name} = ${value} is outside [${lo}, ${hi}]` });
          return;
        }
      }
      waiting.current?.({ correct: false, message: 'Superseded by a newer check.' });
      waiting.current = resolve;
      void start({
        id: nextId.current++,
        shape: { ...DEFAULT_SHAPE, hidden: spec.hidden },
        batchSize: batchSizeFor(spec.batch, TRAIN_DIGITS),
        seed: spec.seed,
        epochs,
        trackLoss: false,
        lanes: [
          {
            key: spec.optimizer,
            optimizer: spec.optimizer,
            lr: pick('lr') as number,
            beta: pick('beta') ?? 0.9,
          },
        ],
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
  const progress =
    state.status === 'idle'
      ? 'Press Check to train the network with these values.'
      : state.status === 'loading'
        ? 'Loading the digits…'
        : state.status === 'error'
          ? `The training stopped: ${state.error}`
          : `Epoch ${state.epochsDone} of ${epochs}: test accuracy ${(100 * (lanes[0]?.accuracies.at(-1) ?? 0)).toFixed(1)}%.`;
  return (
    <ExerciseShell
      spec={spec}
      getAnswer={() => ({ ok: true, answer: { values: answer } })}
      runCheck={runCheck}
    >
      {children}
      <p className="meta">
        Goal: test accuracy at or above {Math.round(spec.goal.accuracy * 100)}% from epoch{' '}
        {spec.goal.epochs} on, checked by training {epochs} epochs ({spec.hidden} hidden units,{' '}
        {spec.batch === 0 ? 'full batch' : `batches of ${spec.batch}`}, seed {spec.seed}).
      </p>
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
        {progress}
      </p>
    </ExerciseShell>
  );
});
