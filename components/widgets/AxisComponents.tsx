'use client';

import { memo, useMemo, useState } from 'react';
import {
  axisPanels,
  componentSeries,
  describePanel,
  panelAxisTitle,
  panelTitle,
  type AxisPanel,
  type ComponentSeries,
} from '@/lib/plot/axis-components';
import { pathThrough, toPixelX, toPixelY, type PlotGeometry } from '@/lib/plot/geometry';
import { usePlotColors } from '@/components/plot/useTheme';
import { PlotAreaClip } from './PlotAreaClip';
import { useRunSettings } from './useRunSettings';
import type { SimulatedRun } from './useSimulatedRuns';
import { FigurePending, FigureShell } from '@/components/figure/FigureShell';
import { FigurePanel } from '@/components/figure/FigurePanel';
import { RingedDot } from '@/components/figure/marks';
import { withWidgetBoundary } from './WidgetBoundary';
import { StepControl } from '@/components/figure/Controls';
import { RunLegend } from './RunLegend';
import type { LessonProps } from '@/components/mdx/lesson-props';
import type { PlotTrace } from '@/components/plot/plotly-types';

/** The props a lesson may give it, inferred from its schema (lib/content/props). */
export type AxisComponentsProps = LessonProps<'AxisComponents'>;

export const AxisComponents = withWidgetBoundary(
  'Each eigen-direction on its own',
  AxisComponentsInner,
);

/** A run with its coordinates along every eigen-direction. */
interface ComponentRun extends SimulatedRun {
  series: ComponentSeries;
}

function AxisComponentsInner({ caption, id, ...settings }: AxisComponentsProps) {
  const { surface, objective, stepCount, w0, custom, simulated } = useRunSettings({
    defaultSteps: 40,
    ...settings,
  });
  const [epoch, setEpoch] = useState<number | null>(null);
  // The panels' y ranges come from the start alone: fixed while α and β move.
  const panels = useMemo(() => (objective ? axisPanels(objective, w0) : null), [objective, w0]);
  const componentRuns = useMemo<ComponentRun[]>(
    () =>
      objective && panels
        ? simulated.map((run) => ({ ...run, series: componentSeries(objective, run) }))
        : [],
    [objective, panels, simulated],
  );

  const shown = Math.min(epoch ?? stepCount, stepCount);
  // Memoised on the deferred inputs: a slider's urgent re-render passes the panels the same props.
  const descriptions = useMemo(
    () =>
      (panels ?? []).map((panel) =>
        describePanel(
          panel,
          componentRuns.map((run) => run.series),
          shown,
        ),
      ),
    [panels, componentRuns, shown],
  );

  if (!objective) return <FigurePending surface={surface} />;
  if (!panels) {
    return (
      <div className="figure" role="note">
        This figure splits a run into the Hessian&apos;s eigen-directions, which only a quadratic
        objective has; “{objective.label}” is not one.
      </div>
    );
  }

  return (
    <FigureShell
      id={id}
      legend={<RunLegend runs={componentRuns} surface={surface} ruleError={custom.error} />}
      controls={
        <StepControl
          label="Show steps up to"
          noun="step"
          value={shown}
          steps={stepCount}
          onChange={setEpoch}
        />
      }
      live={descriptions.join(' ')}
      caption={caption}
    >
      <div className="figure-row">
        {panels.map((panel, j) => (
          <ComponentPanel
            key={panel.index}
            panel={panel}
            runs={componentRuns}
            steps={stepCount}
            shown={shown}
            description={descriptions[j]}
          />
        ))}
      </div>
    </FigureShell>
  );
}

/** Memoised: the figure's urgent re-render on each slider move passes the same props. */
const ComponentPanel = memo(function ComponentPanel({
  panel,
  runs,
  steps,
  shown,
  description,
}: {
  panel: AxisPanel;
  runs: ComponentRun[];
  steps: number;
  shown: number;
  description: string;
}) {
  const colors = usePlotColors();
  // The zero line is where every coordinate is heading; it changes only with the step budget.
  const traces = useMemo<PlotTrace[]>(
    () => [
      {
        type: 'scatter',
        mode: 'lines',
        x: [0, steps],
        y: [0, 0],
        line: { color: colors.muted, width: 1 },
        hoverinfo: 'skip',
      },
    ],
    [steps, colors.muted],
  );
  const dots = steps <= 150;

  const overlay = (g: PlotGeometry) => (
    <PlotAreaClip geometry={g}>
      {runs.map((run) => {
        const series = run.series.coords[panel.index];
        const last = Math.min(shown, series.length - 1);
        const marks = [];
        if (dots) {
          for (let k = 0; k <= last; k++) {
            marks.push(
              <circle
                key={k}
                cx={toPixelX(g, k)}
                cy={toPixelY(g, series[k])}
                r={2}
                fill={run.color}
              />,
            );
          }
        }
        return (
          <g key={run.key} data-run={run.key}>
            <path
              d={pathThrough(
                g,
                last + 1,
                (k) => k,
                (k) => series[k],
              )}
              fill="none"
              stroke={run.color}
              strokeWidth={1.75}
              strokeLinejoin="round"
            />
            {marks}
            <RingedDot
              cx={toPixelX(g, last)}
              cy={toPixelY(g, series[last])}
              r={4.5}
              fill={run.color}
            />
          </g>
        );
      })}
    </PlotAreaClip>
  );

  return (
    <FigurePanel
      heading={<p className="panel-title">{panelTitle(panel)}</p>}
      traces={traces}
      x={{ range: [0, steps], title: 'iteration k' }}
      y={{ range: panel.range, title: panelAxisTitle(panel) }}
      aspect={0.7}
      overlay={overlay}
      description={description}
      label={panelTitle(panel)}
    />
  );
});
