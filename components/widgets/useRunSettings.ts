'use client';

import { useMemo } from 'react';
import type { z } from 'zod';
import type { runSettingsPropsSchema } from '@/lib/content/props';
import { useDeferredWithin } from '@/components/hooks/useDeferredWithin';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { useTheme } from '@/components/plot/useTheme';
import { defaultStart } from './runs';
import { useObjective } from './useObjective';
import { useRuleOptimizer } from './useRuleOptimizer';
import { useSimulatedRuns, type SimulatedRun } from './useSimulatedRuns';

/** The props every figure that races optimizers on a surface shares (lib/content/props). */
export type RunSettingsProps = z.input<typeof runSettingsPropsSchema>;

/**
 * Reads a racing figure's settings from the page (or its fallbacks) and simulates its runs:
 * one place for the binding rules, so every such figure on a page agrees on α, β, the start
 * point and the learner's rule.
 */
export function useRunSettings(
  {
    runs = ['gd', 'heavy-ball'],
    rule,
    alpha = 'alpha',
    beta = 'beta',
    steps = 'steps',
    start = 'start',
    defaultAlpha = 1.5,
    defaultBeta = 0.6,
    defaultSteps = 40,
    defaultStart: givenStart,
    ...objectiveProps
  }: RunSettingsProps,
  { record = 'points', level = 1e-6 }: { record?: 'points' | 'full'; level?: number } = {},
) {
  const theme = useTheme();
  const surface = useObjective(objectiveProps);
  const objective = surface.objective;
  const [lr] = useBinding<number>(alpha, defaultAlpha);
  const [momentum] = useBinding<number>(beta, defaultBeta);
  const [stepCount] = useBinding<number>(steps, defaultSteps);
  const fallbackStart = useMemo(
    () => givenStart ?? (objective ? defaultStart(objective) : ([0, 0] as const)),
    [objective, givenStart],
  );
  const [w0, setStart] = useBinding<readonly [number, number]>(start, fallbackStart);
  // The figures follow a slider in a deferred render: the number under the learner's finger
  // updates at once, and a page with many figures redraws them without delaying that frame. On
  // a slow phone the deferred render is capped in how far it may lag (useDeferredWithin).
  const current = useMemo(() => ({ lr, momentum, stepCount, w0 }), [lr, momentum, stepCount, w0]);
  const {
    lr: deferredLr,
    momentum: deferredMomentum,
    stepCount: deferredSteps,
    w0: deferredStart,
  } = useDeferredWithin(current);
  const custom = useRuleOptimizer(rule, deferredLr, deferredMomentum);
  const simulated: SimulatedRun[] = useSimulatedRuns({
    objective,
    runs,
    custom: custom.optimizer,
    lr: deferredLr,
    beta: deferredMomentum,
    w0: deferredStart,
    steps: deferredSteps,
    theme,
    record,
    level,
  });
  return {
    theme,
    surface,
    objective,
    lr: deferredLr,
    momentum: deferredMomentum,
    stepCount: deferredSteps,
    w0: deferredStart,
    /** The start as set now (not deferred): what a key press steps from. */
    currentStart: w0,
    setStart,
    custom,
    simulated,
  };
}
