'use client';

import { memo, useId, useMemo } from 'react';
import { pathThrough, toPixelX, toPixelY, type PlotGeometry } from '@/lib/plot/geometry';
import { Plot } from '@/components/plot/Plot';
import { PLOT_COLORS, useTheme } from '@/components/plot/useTheme';
import type { PlotTrace } from '@/components/plot/plotly-types';

/** One optimizer's streamed series, with how it is drawn. */
export interface CurveLane {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly losses: readonly number[];
  readonly accuracies: readonly number[];
  readonly diverged: boolean;
}

const NO_TRACES: readonly PlotTrace[] = [];
// Fixed text alternatives: the numbers are in the figure's one live status line. Repeating them
// here would rewrite two hidden paragraphs (and their layout) with every progress message.
const LOSS_TEXT =
  'Training loss on a log scale against epoch, one curve per optimizer; the status line of the figure gives the numbers.';
const ACCURACY_TEXT =
  'Test accuracy against epoch, one curve per optimizer, with the target accuracy dashed; the status line of the figure gives the numbers.';
/** Training loss axis: from below what minibatches reach to above an untrained network's log 10. */
const LOSS_RANGE = [0.02, 5] as const;

/**
 * The race's two panels, side by side on a wide screen: training loss per epoch on a log scale,
 * and test accuracy per epoch with the target drawn dashed. Plotly draws the fixed axes once; the
 * curves grow in an SVG overlay as progress streams in.
 */
export const RaceCurves = memo(function RaceCurves({
  lanes,
  epochs,
  target,
  showLoss = true,
}: {
  lanes: readonly CurveLane[];
  epochs: number;
  target: number;
  /** Draw the training-loss panel (a challenge shows accuracy only). */
  showLoss?: boolean;
}) {
  const x = useMemo(() => ({ range: [0, epochs] as const, title: 'epoch' }), [epochs]);
  const lossY = useMemo(
    () => ({ range: LOSS_RANGE, log: true, title: 'training loss (log scale)' }),
    [],
  );
  const accuracyY = useMemo(() => ({ range: [0, 1] as const, title: 'test accuracy' }), []);
  return (
    <div className="figure-row">
      {showLoss && (
        <Plot
          traces={NO_TRACES}
          x={x}
          y={lossY}
          aspect={0.7}
          label="Training loss per epoch"
          description={LOSS_TEXT}
          overlay={(g) => <Curves geometry={g} lanes={lanes} series="losses" />}
        />
      )}
      <Plot
        traces={NO_TRACES}
        x={x}
        y={accuracyY}
        aspect={0.7}
        label="Test accuracy per epoch"
        description={ACCURACY_TEXT}
        overlay={(g) => <Curves geometry={g} lanes={lanes} series="accuracies" target={target} />}
      />
    </div>
  );
});

function Curves({
  geometry: g,
  lanes,
  series,
  target,
}: {
  geometry: PlotGeometry;
  lanes: readonly CurveLane[];
  series: 'losses' | 'accuracies';
  target?: number;
}) {
  const clip = useId();
  const theme = useTheme();
  const fg = PLOT_COLORS[theme].fg;
  const halo = theme === 'dark' ? '#1d2024' : '#ffffff';
  const [lo, hi] = g.y.range;
  const clamp = (v: number) => Math.min(hi, Math.max(lo, v));
  return (
    <>
      <defs>
        <clipPath id={clip}>
          <rect x={g.left} y={g.top - 4} width={g.width + 4} height={g.height + 8} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clip})`}>
        {target !== undefined && (
          <line
            x1={g.left}
            x2={g.left + g.width}
            y1={toPixelY(g, target)}
            y2={toPixelY(g, target)}
            stroke={fg}
            strokeWidth={1.5}
            strokeDasharray="5 4"
          />
        )}
        {lanes.map((lane) => {
          const values = lane[series];
          if (values.length === 0) return null;
          const last = values.length - 1;
          return (
            <g key={lane.key} data-run={lane.key}>
              <path
                d={pathThrough(
                  g,
                  values.length,
                  (k) => k,
                  (k) => clamp(values[k]),
                )}
                fill="none"
                stroke={lane.color}
                strokeWidth={2}
                strokeLinejoin="round"
              />
              <circle
                cx={toPixelX(g, last)}
                cy={toPixelY(g, clamp(values[last]))}
                r={3.5}
                fill={lane.diverged ? halo : lane.color}
                stroke={lane.color}
                strokeWidth={1.5}
              />
            </g>
          );
        })}
      </g>
    </>
  );
}
