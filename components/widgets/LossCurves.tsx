'use client';

import { useId, useMemo, useState } from 'react';
import { stepsToReach, type Objective } from '@/lib/optim';
import { pathThrough, toPixelX, toPixelY, type PlotGeometry } from '@/lib/plot/geometry';
import {
  describeLossReach,
  excessLossSeries,
  formatPowerOfTen,
  lossAxisRange,
  lossEnvelope,
  theoreticalRate,
} from '@/lib/plot/loss-curves';
import { Plot } from '@/components/plot/Plot';
import { PLOT_COLORS, useTheme } from '@/components/plot/useTheme';
import { PlotAreaClip } from './PlotAreaClip';
import { useRunSettings, type RunSettingsProps } from './useRunSettings';
import type { SimulatedRun } from './useSimulatedRuns';
import { WidgetBoundary } from './WidgetBoundary';
import { RunLegend } from './RunLegend';
import { LegendLine } from './LegendLine';

export interface LossCurvesProps extends RunSettingsProps {
  /** The excess loss f(wᵏ) − f* the live text reports reaching (absolute). Default 1e-6. */
  level?: number;
  /** Start with the theoretical envelopes shown (quadratics only). Default true. */
  envelope?: boolean;
  caption?: string;
  id?: string;
}

export function LossCurves(props: LossCurvesProps) {
  return (
    <WidgetBoundary name="Loss against iteration">
      <LossCurvesInner {...props} />
    </WidgetBoundary>
  );
}

/** A run as this figure draws it: its excess-loss curve, when it reaches the level, its envelope. */
interface LossRun extends SimulatedRun {
  series: Float64Array;
  reach: number;
  rate: number | null;
  envelope: Float64Array | null;
}

function LossCurvesInner({
  level = 1e-6,
  envelope = true,
  caption,
  id,
  ...settings
}: LossCurvesProps) {
  const { surface, objective, lr, momentum, stepCount, w0, custom, simulated } = useRunSettings({
    defaultSteps: 300,
    ...settings,
  });
  const [showEnvelope, setShowEnvelope] = useState(envelope);
  const envelopeId = useId();

  // f* is the objective's known minimum; for a typed formula without one, the lowest loss any run
  // found stands in (the axis then reads "f − best found").
  const fStar = useMemo(() => {
    if (!objective) return 0;
    if (objective.minimum !== undefined) return objective.minimum;
    let lowest = Infinity;
    for (const run of simulated) for (const v of run.result.losses) lowest = Math.min(lowest, v);
    return lowest;
  }, [objective, simulated]);

  const lossRuns = useMemo<LossRun[]>(() => {
    const eig = objective?.eigenvalues;
    return simulated.map((run) => {
      const series = excessLossSeries(run.result.losses, fStar);
      const rate = eig ? theoreticalRate(run.key, lr, momentum, eig[0], eig[eig.length - 1]) : null;
      return {
        ...run,
        series,
        reach: stepsToReach(run.result.losses, fStar, level),
        rate,
        envelope: rate === null ? null : lossEnvelope(series[0], rate, stepCount),
      };
    });
  }, [simulated, objective, fStar, lr, momentum, level, stepCount]);

  if (!objective) {
    return <div className="figure plot-loading-static">{surface.ok ? '' : surface.message}</div>;
  }
  const quadratic = !!objective.eigenvalues;
  const description = describeLossReach(
    lossRuns.map((run) => ({
      label: run.label,
      steps: run.reach,
      diverged: run.result.status === 'diverged',
      lastStep: run.result.steps,
      rate: run.rate,
    })),
    level,
    stepCount,
  );

  return (
    <figure className="figure" id={id}>
      <LossPanel
        objective={objective}
        initialExcess={objective.f(w0) - fStar}
        known={objective.minimum !== undefined}
        runs={lossRuns}
        steps={stepCount}
        level={level}
        showEnvelope={quadratic && showEnvelope}
        clipId={envelopeId}
        description={description}
      />
      <RunLegend runs={lossRuns} surface={surface} ruleError={custom.error}>
        {quadratic && showEnvelope && (
          <li>
            <LegendLine dash="5 4" />
            theory C·rate²ᵏ
          </li>
        )}
        <li>
          <LegendLine dash="1 4" />
          loss {formatPowerOfTen(level)}
        </li>
      </RunLegend>
      {quadratic && (
        <div className="controls no-print">
          <label className="control">
            <input
              type="checkbox"
              checked={showEnvelope}
              onChange={(e) => setShowEnvelope(e.target.checked)}
            />
            Show the theoretical envelopes
          </label>
        </div>
      )}
      <p className="live-text" aria-live="polite">
        {description}
      </p>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

const NO_TRACES: readonly object[] = [];

function LossPanel({
  objective,
  initialExcess,
  known,
  runs,
  steps,
  level,
  showEnvelope,
  clipId,
  description,
}: {
  objective: Objective;
  initialExcess: number;
  known: boolean;
  runs: LossRun[];
  steps: number;
  level: number;
  showEnvelope: boolean;
  clipId: string;
  description: string;
}) {
  const theme = useTheme();
  const colors = PLOT_COLORS[theme];
  const [floor, top] = lossAxisRange(initialExcess);
  const x = useMemo(() => ({ range: [0, steps] as const, title: 'iteration k' }), [steps]);
  const y = useMemo(
    // The y title sits above the plot (see below): beside it, it would collide with the
    // power-of-ten tick labels in the fixed left margin.
    () => ({ range: [floor, top] as const, log: true, title: '' }),
    [floor, top],
  );

  const overlay = (g: PlotGeometry) => {
    const levelY = toPixelY(g, level);
    return (
      <PlotAreaClip id={clipId} geometry={g}>
        <line
          x1={g.left}
          x2={g.left + g.width}
          y1={levelY}
          y2={levelY}
          stroke={colors.muted}
          strokeWidth={1.5}
          strokeDasharray="1 4"
          strokeLinecap="round"
        />
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
            {Number.isFinite(run.reach) && run.reach <= steps && (
              <circle
                cx={toPixelX(g, run.reach)}
                cy={levelY}
                r={4.5}
                fill={run.color}
                stroke={theme === 'dark' ? '#111' : 'white'}
                strokeWidth={1.5}
              />
            )}
          </g>
        ))}
      </PlotAreaClip>
    );
  };

  return (
    <div>
      <p
        className="axis-label"
        style={{ margin: '0 0 0.25rem', color: 'var(--fg-muted)', fontSize: '0.85rem' }}
      >
        {known ? 'f(wᵏ) − f*' : 'f(wᵏ) − lowest loss found'}, log scale
      </p>
      <Plot
        traces={NO_TRACES}
        x={x}
        y={y}
        aspect={0.62}
        overlay={overlay}
        description={description}
        label={`Loss against iteration on the ${objective.label.toLowerCase()}`}
      />
    </div>
  );
}
