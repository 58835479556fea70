'use client';

import { useMemo } from 'react';
import { goalWords } from '@/lib/exercises/challenge-goal';
import { applyOverrides, liveChallengeRun, openingValues } from '@/lib/exercises/run-challenge';
import type { ParameterName } from '@/lib/exercises/types';
import { FixedRunFigure } from './FixedRunFigure';
import { withExerciseBoundary } from './ExerciseBoundary';
import { useExerciseSpec } from './ExerciseCatalog';
import { ExerciseShell } from './ExerciseShell';
import { ParameterSliders } from './ParameterSliders';
import { useDraftAnswer } from './useDraftAnswer';
import { useStoredAnswer } from './useStoredAnswer';
import type { LessonProps } from '@/components/mdx/lesson-props';

/**
 * "Make it converge": the learner sets α, β (and maybe the start) on a live figure; the check
 * runs the real optimizer and passes when the loss goal is met within the step budget.
 *
 * Takes the lesson's attributes (schema in lib/content/props) but reads only its id: the rest
 * reaches it as the exercise spec the build extracted from the same tag.
 */
export const ParameterChallenge = withExerciseBoundary(function ParameterChallenge({
  id,
  children,
}: Pick<LessonProps<'ParameterChallenge'>, 'id' | 'children'>) {
  const { spec: base, overrides } = useExerciseSpec(id, 'parameter');
  // The challenge as the grader runs it (an assignment's objective and goal included).
  const spec = applyOverrides(base, overrides);
  // Only the parameters this challenge lets the learner set, as numbers inside their ranges.
  const stored = useStoredAnswer(base)?.values;
  const [values, setValues] = useDraftAnswer(
    stored && JSON.stringify(stored),
    (): Partial<Record<ParameterName, number>> => openingValues(spec),
    (v, key) => ({ ...v, ...(JSON.parse(key) as typeof v) }),
  );
  // The run the check grades for these values (the learner's values for `set`, the challenge's
  // own for the rest, an assignment's overrides, noise and seed applied): the figure draws it.
  const live = useMemo(() => liveChallengeRun(base, values, overrides), [base, values, overrides]);

  return (
    <ExerciseShell
      spec={base}
      overrides={overrides}
      getAnswer={() => ({ ok: true, answer: { values } })}
    >
      {children}
      <p className="meta">Goal: {goalWords(spec.goal).text}.</p>
      <ParameterSliders
        set={spec.set}
        ranges={spec.ranges}
        values={values}
        onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
      />
      {live.ok && <FixedRunFigure request={live.request} run={live.run} />}
    </ExerciseShell>
  );
});
