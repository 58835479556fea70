'use client';

import { useEffect, useState } from 'react';
import type { ParameterName } from '@/lib/exercises/types';
import { ContourTrajectories } from '@/components/widgets/ContourTrajectories';
import { RangeControl } from '@/components/notebook/RangeControl';
import { withExerciseBoundary } from './ExerciseBoundary';
import { useExerciseSpec } from './ExerciseCatalog';
import { ExerciseShell } from './ExerciseShell';
import { useStoredAnswer } from './useStoredAnswer';
import type { LessonProps } from '@/components/mdx/lesson-props';
import { sliderGrid } from '@/lib/plot/nice-step';

const PARAMETER_LABEL: Record<ParameterName, string> = {
  lr: 'α (step size)',
  beta: 'β (momentum)',
  x0: 'start x',
  y0: 'start y',
};

/**
 * "Make it converge": the learner sets α, β (and maybe the start) on a live figure; the check
 * runs the real optimizer and passes when the loss goal is met within the step budget.
 */
/**
 * Takes the lesson's attributes (schema in lib/content/props) but reads only its id: the rest
 * reaches it as the exercise spec the build extracted from the same tag.
 */
export const ParameterChallenge = withExerciseBoundary(function ParameterChallenge({
  id,
  children,
}: Pick<LessonProps<'ParameterChallenge'>, 'id' | 'children'>) {
  const { spec, overrides } = useExerciseSpec(id, 'parameter');
  // Only the parameters this challenge lets the learner set, as numbers inside their ranges.
  const stored = useStoredAnswer(spec)?.values;
  // A stable key, so the effect runs when the stored values change, not when they are re-read.
  const storedKey = stored && JSON.stringify(stored);
  const objective = overrides?.objective ?? spec.objective;
  const goal = { ...spec.goal, ...overrides?.goal };
  const initialValues = (): Record<ParameterName, number> => ({
    lr: spec.initial.lr ?? spec.ranges.lr?.[0] ?? 0.1,
    beta: spec.initial.beta ?? 0,
    x0: spec.start[0],
    y0: spec.start[1],
  });
  const [values, setValues] = useState(initialValues);
  useEffect(() => {
    if (storedKey) setValues((v) => ({ ...v, ...(JSON.parse(storedKey) as typeof v) }));
  }, [storedKey]);

  const answer = Object.fromEntries(spec.set.map((name) => [name, values[name]]));
  return (
    <ExerciseShell
      spec={spec}
      overrides={overrides}
      getAnswer={() => ({ ok: true, answer: { values: answer } })}
    >
      {children}
      <p className="meta">
        Goal: loss below {goal.loss.toExponential(0)} within {goal.steps} steps.
      </p>
      <div className="controls">
        {spec.set.map((name) => {
          const [lo, hi] = spec.ranges[name] ?? [0, 1];
          // On multiples of the step, like the answer key's grid (a min of 0.05 made α = 1 read 1.01).
          const grid = sliderGrid(lo, hi, 200);
          return (
            <RangeControl
              key={name}
              label={PARAMETER_LABEL[name]}
              value={values[name]}
              min={grid.min}
              max={grid.max}
              step={grid.step}
              digits={grid.decimals}
              onChange={(value) => setValues((v) => ({ ...v, [name]: value }))}
            />
          );
        })}
      </div>
      <ContourTrajectories
        formulaSource={objective}
        runs={[spec.optimizer]}
        alpha=""
        beta=""
        steps=""
        start=""
        defaultAlpha={values.lr}
        defaultBeta={values.beta}
        defaultSteps={goal.steps}
        defaultStart={[values.x0, values.y0]}
        startDraggable={false}
      />
    </ExerciseShell>
  );
});
