'use client';

import { useMemo } from 'react';
import type { Objective, Optimizer, Vector } from '@/lib/optim';
import { RUN_STYLE, type RunOutcome } from '@/lib/plot/runs';
import { sharedRuns } from '@/lib/plot/shared-runs';
import { PLOT_COLORS, type Theme } from '@/components/plot/useTheme';

/** One optimizer's run as the curve figures draw it. */
export interface SimulatedRun extends RunOutcome {
  color: string;
}

/**
 * Runs every named optimizer (and the learner's rule, when one is in play) from w⁰ for
 * `steps` updates, in the course's colours (lib/plot/runs `simulateRuns`: on a surface with a
 * known minimum each run also reports where its loss settles below `level`). Recomputed only
 * when an input changes, and shared with any figure on the page racing the same runs
 * (lib/plot `sharedRuns`); a 2-D run of a few hundred steps costs microseconds, so this keeps up
 * with a slider.
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
  level = 1e-6,
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
  /** The loss level f − f* the figure reports settling below. */
  level?: number;
}): SimulatedRun[] {
  const key = runs.join(',');
  return useMemo(() => {
    if (!objective) return [];
    const colors = PLOT_COLORS[theme];
    const names = key.split(',').filter(Boolean);
    return sharedRuns(objective, names, custom, { lr, beta, w0, steps, record, level }).map(
      (run) => ({
        ...run,
        color:
          run.key === 'custom' ? colors.nesterov : colors[RUN_STYLE[run.key]?.color ?? 'accent'],
      }),
    );
  }, [objective, key, custom, lr, beta, w0, steps, theme, record, level]);
}
