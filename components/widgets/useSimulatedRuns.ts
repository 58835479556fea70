'use client';

import { useMemo } from 'react';
import {
  simulate,
  type Objective,
  type Optimizer,
  type SimulationResult,
  type Vector,
} from '@/lib/optim';
import { PLOT_COLORS, type Theme } from '@/components/plot/useTheme';
import { optimizerFor, RUN_STYLE } from './runs';

/** One optimizer's run as the curve figures draw it. */
export interface SimulatedRun {
  /** Optimizer id ('gd', 'heavy-ball', …) or 'custom' for the learner's rule. */
  key: string;
  label: string;
  color: string;
  result: SimulationResult;
}

/**
 * Runs every named optimizer (and the learner's rule, when one is in play) from w⁰ for
 * `steps` updates, in the course's colours. Recomputed only when an input changes; a 2-D run of a
 * few hundred steps costs microseconds, so this keeps up with a slider.
 */
export function useSimulatedRuns({
  objective,
  runs,
  custom,
  lr,
  beta,
  w0,
  steps,
  theme,
  record = 'points',
}: {
  objective: Objective | null;
  runs: readonly string[];
  custom: Optimizer<unknown> | null;
  lr: number;
  beta: number;
  w0: Vector;
  steps: number;
  theme: Theme;
  /** 'full' also records gradients and steps (for arrows). */
  record?: 'points' | 'full';
}): SimulatedRun[] {
  const key = runs.join(',');
  return useMemo(() => {
    if (!objective) return [];
    const colors = PLOT_COLORS[theme];
    const list: SimulatedRun[] = key
      .split(',')
      .filter(Boolean)
      .map((name) => ({
        key: name,
        label: RUN_STYLE[name]?.label ?? name,
        color: colors[RUN_STYLE[name]?.color ?? 'accent'],
        result: simulate(objective, optimizerFor(name, lr, beta), w0, { steps, record }),
      }));
    if (custom) {
      list.push({
        key: 'custom',
        label: RUN_STYLE.custom.label,
        color: colors.nesterov,
        result: simulate(objective, custom, w0, { steps, record }),
      });
    }
    return list;
  }, [objective, key, custom, lr, beta, w0, steps, theme, record]);
}
