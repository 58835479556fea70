'use client';

import type { SVGProps } from 'react';
import { toPixelY, type PlotGeometry } from '@/lib/plot/geometry';
import { usePlotColors } from '@/components/plot/useTheme';

/**
 * A horizontal line right across the plot area at the data value `at`: a tolerance level, a
 * budget, a target accuracy, the zero line.
 */
export function LevelLine({
  geometry: g,
  at,
  color,
  width = 1.5,
  dash,
  round = false,
}: {
  geometry: PlotGeometry;
  at: number;
  color: string;
  width?: number;
  /** An SVG dash pattern such as "5 4"; solid when omitted. */
  dash?: string;
  /** Round caps: with a dash like "1 4" the line reads as dots. */
  round?: boolean;
}) {
  const y = toPixelY(g, at);
  return (
    <line
      x1={g.left}
      x2={g.left + g.width}
      y1={y}
      y2={y}
      stroke={color}
      strokeWidth={width}
      strokeDasharray={dash}
      strokeLinecap={round ? 'round' : undefined}
    />
  );
}

/**
 * A filled dot ringed in the figure's background colour (the theme's halo), so it stands out
 * where it sits on a curve of its own colour: a run's current point, where it settles.
 */
export function RingedDot(props: Omit<SVGProps<SVGCircleElement>, 'stroke' | 'strokeWidth'>) {
  const halo = usePlotColors().halo;
  return <circle {...props} stroke={halo} strokeWidth={1.5} />;
}

/**
 * What the learner grabs to drag a point (a start point, the rate map's marker): a disc in the
 * palette's handle colours, inside a wider invisible target that a finger can hit.
 */
export function DragHandleDot({ cx, cy }: { cx: number; cy: number }) {
  const { handle, handleRing } = usePlotColors();
  return (
    <>
      <circle cx={cx} cy={cy} r={16} fill="transparent" />
      <circle cx={cx} cy={cy} r={7} fill={handle} stroke={handleRing} strokeWidth={2} />
    </>
  );
}

/**
 * A y axis's grid lines and tick labels drawn by the overlay, in the geometry's y scale, for a
 * panel whose scale follows a slider (its Plot axis has `ticks: 'overlay'`): Plotly would redraw
 * its whole axis layer on every change of scale.
 */
export function OverlayYTicks({
  geometry: g,
  ticks,
}: {
  geometry: PlotGeometry;
  ticks: readonly { value: number; label: string }[];
}) {
  const colors = usePlotColors();
  return (
    <g data-series="y-ticks" fontSize={12} textAnchor="end">
      {ticks.map(({ value, label }) => {
        const y = toPixelY(g, value);
        return (
          <g key={label}>
            <line x1={g.left} x2={g.left + g.width} y1={y} y2={y} stroke={colors.grid} />
            <text x={g.left - 6} y={y} dy="0.35em" fill={colors.fg}>
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
