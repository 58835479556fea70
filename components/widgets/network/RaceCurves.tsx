'use client';

import { memo } from 'react';
import {
  pathThrough,
  toPixelX,
  toPixelY,
  type AxisSpec,
  type PlotGeometry,
} from '@/lib/plot/geometry';
import { FigurePanel } from '@/components/figure/FigurePanel';
import { usePlotColors } from '@/components/plot/useTheme';
import { PlotAreaClip } from '../PlotAreaClip';
import { LevelLine } from '@/components/figure/marks';

/** One optimizer's streamed series, with how it is drawn. */
export interface CurveLane {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly losses: readonly number[];
  readonly accuracies: readonly number[];
  readonly diverged: boolean;
}

type Series = 'losses' | 'accuracies';

/**
 * The two panels. Their text alternatives are fixed: the numbers are in the figure's one live
 * status line, and repeating them here would rewrite two hidden paragraphs (and their layout)
 * with every progress message. The loss axis runs from below what minibatches reach to above an
 * untrained network's log 10.
 */
const PANELS: Record<Series, { y: AxisSpec & { title: string }; label: string; text: string }> = {
  losses: {
    y: { range: [0.02, 5], log: true, title: 'training loss (log scale)' },
    label: 'Training loss per epoch',
    text: 'Training loss on a log scale against epoch, one curve per optimizer; the status line of the figure gives the numbers.',
  },
  accuracies: {
    y: { range: [0, 1], title: 'test accuracy' },
    label: 'Test accuracy per epoch',
    text: 'Test accuracy against epoch, one curve per optimizer, with the target accuracy dashed; the status line of the figure gives the numbers.',
  },
};

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
  const shown: readonly Series[] = showLoss ? ['losses', 'accuracies'] : ['accuracies'];
  return (
    <div className="figure-row">
      {shown.map((series) => (
        <FigurePanel
          key={series}
          x={{ range: [0, epochs], title: 'epoch' }}
          y={PANELS[series].y}
          aspect={0.7}
          label={PANELS[series].label}
          description={PANELS[series].text}
          overlay={(g) => (
            <Curves
              geometry={g}
              lanes={lanes}
              series={series}
              target={series === 'accuracies' ? target : undefined}
            />
          )}
        />
      ))}
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
  series: Series;
  /** A level drawn dashed across the panel. */
  target?: number;
}) {
  const { fg, halo } = usePlotColors();
  const [lo, hi] = g.y.range;
  const clamp = (v: number) => Math.min(hi, Math.max(lo, v));
  // Values are clamped to the axes; the slack keeps the end marks on an edge round.
  return (
    <PlotAreaClip geometry={g} slackX={4} slackY={4}>
      {target !== undefined && <LevelLine geometry={g} at={target} color={fg} dash="5 4" />}
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
    </PlotAreaClip>
  );
}
