'use client';

import { memo, useMemo, useState } from 'react';
import type { Objective } from '@/lib/optim';
import { pathThrough, toPixelX, toPixelY, type PlotGeometry } from '@/lib/plot/geometry';
import { lossAxisRange, lossCurvesView, type LossCurveRun } from '@/lib/plot/loss-curves';
import { powerOfTen } from '@/lib/plot/format';
import { usePlotColors } from '@/components/plot/useTheme';
import { PlotAreaClip } from './PlotAreaClip';
import { useRunSettings } from './useRunSettings';
import { CheckboxControl } from '@/components/figure/Controls';
import { FigurePending, FigureProblem, FigureShell } from '@/components/figure/FigureShell';
import { FigurePanel } from '@/components/figure/FigurePanel';
import { LevelLine, RingedDot } from '@/components/figure/marks';
import { withWidgetBoundary } from './WidgetBoundary';
import { RunLegend } from './RunLegend';
import { LegendLine } from './LegendLine';
import type { LessonProps } from '@/components/mdx/lesson-props';

/** The props a lesson may give it, inferred from its schema (lib/content/props). */
export type LossCurvesProps = LessonProps<'LossCurves'>;

export const LossCurves = withWidgetBoundary('Loss against iteration', LossCurvesInner);

/** A run as this figure draws it: its view-model data and its colour. */
interface LossRun extends LossCurveRun {
  color: string;
}

function LossCurvesInner({
  level = 1e-6,
  envelope = true,
  caption,
  id,
  ...settings
}: LossCurvesProps) {
  const { surface, objective, lr, momentum, stepCount, w0, custom, simulated } = useRunSettings(
    { defaultSteps: 300, ...settings },
    { level },
  );
  const [showEnvelope, setShowEnvelope] = useState(envelope);

  // Curves, settle steps and the sentence come from lib/plot/loss-curves; f* is the objective's
  // known minimum, or for a typed formula the lowest loss any run found ("f − best found").
  const view = useMemo(
    () =>
      objective
        ? lossCurvesView(objective, simulated, { lr, beta: momentum, w0, steps: stepCount, level })
        : null,
    [objective, simulated, lr, momentum, w0, stepCount, level],
  );
  const lossRuns = useMemo<LossRun[]>(
    () => (view ? view.runs.map((run, i) => ({ ...run, color: simulated[i].color })) : []),
    [view, simulated],
  );

  if (!objective || !view) return <FigurePending surface={surface} />;
  const quadratic = !!objective.eigenvalues;
  if (view.problem) {
    return (
      <FigureProblem id={id} problem={view.problem} caption={caption}>
        <RunLegend runs={simulated} surface={surface} ruleError={custom.error} />
      </FigureProblem>
    );
  }

  return (
    <FigureShell
      id={id}
      legend={
        <RunLegend runs={lossRuns} surface={surface} ruleError={custom.error}>
          {quadratic && showEnvelope && (
            <li>
              <LegendLine dash="5 4" />
              theory C·rate²ᵏ
            </li>
          )}
          <li>
            <LegendLine dash="1 4" />
            loss {powerOfTen(level)}
          </li>
        </RunLegend>
      }
      controls={
        quadratic && (
          <CheckboxControl
            label="Show the theoretical envelopes"
            checked={showEnvelope}
            onChange={setShowEnvelope}
          />
        )
      }
      live={view.sentence}
      caption={caption}
    >
      <LossPanel
        objective={objective}
        initialExcess={objective.f(w0) - view.fStar}
        known={view.known}
        runs={lossRuns}
        steps={stepCount}
        level={level}
        showEnvelope={quadratic && showEnvelope}
      />
    </FigureShell>
  );
}

/** Memoised: the figure's urgent re-render on each slider move passes the same props. */
const LossPanel = memo(function LossPanel({
  objective,
  initialExcess,
  known,
  runs,
  steps,
  level,
  showEnvelope,
}: {
  objective: Objective;
  initialExcess: number;
  known: boolean;
  runs: LossRun[];
  steps: number;
  level: number;
  showEnvelope: boolean;
}) {
  const colors = usePlotColors();
  const [floor, top] = lossAxisRange(initialExcess);

  const overlay = (g: PlotGeometry) => {
    const levelY = toPixelY(g, level);
    return (
      <PlotAreaClip geometry={g}>
        <LevelLine geometry={g} at={level} color={colors.muted} dash="1 4" round />
        {showEnvelope &&
          runs.map(
            (run) =>
              run.envelope && (
                <path
                  key={`env-${run.key}`}
                  d={pathThrough(
                    g,
                    run.envelope.length,
                    (k) => k,
                    (k) => (run.envelope as Float64Array)[k],
                  )}
                  fill="none"
                  stroke={run.color}
                  strokeWidth={1.5}
                  strokeDasharray="5 4"
                  opacity={0.85}
                />
              ),
          )}
        {runs.map((run) => (
          <g key={run.key} data-run={run.key}>
            <path
              d={pathThrough(
                g,
                run.series.length,
                (k) => k,
                (k) => run.series[k],
              )}
              fill="none"
              stroke={run.color}
              strokeWidth={2.25}
              strokeLinejoin="round"
            />
            {run.settledAt !== null && run.settledAt <= steps && (
              <RingedDot cx={toPixelX(g, run.settledAt)} cy={levelY} r={4.5} fill={run.color} />
            )}
          </g>
        ))}
      </PlotAreaClip>
    );
  };

  return (
    <FigurePanel
      // The y title sits above the plot: beside it, it would collide with the power-of-ten tick
      // labels in the fixed left margin.
      heading={
        <p className="axis-label">
          {known ? 'f(wᵏ) − f*' : 'f(wᵏ) − lowest loss found'}, log scale
        </p>
      }
      x={{ range: [0, steps], title: 'iteration k' }}
      y={{ range: [floor, top], log: true, title: '' }}
      aspect={0.62}
      overlay={overlay}
      label={`Loss against iteration on the ${objective.label.toLowerCase()}`}
    />
  );
});
