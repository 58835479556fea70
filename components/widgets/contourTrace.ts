import type { ContourGrid } from '@/lib/plot/contour';
import { CONTOUR_COLORS } from '@/lib/plot/palette';
import type { ContourTrace } from '@/components/plot/plotly-types';
import type { Theme } from '@/components/plot/useTheme';

/** Filled contour in quiet tones so the trajectories on top carry the colour. */
export function contourTrace(grid: ContourGrid, theme: Theme): ContourTrace {
  const colors = CONTOUR_COLORS[theme];
  return {
    type: 'contour',
    x: grid.x,
    y: grid.y,
    z: grid.z,
    zmin: grid.zRange[0],
    zmax: grid.zRange[1],
    ncontours: 16,
    colorscale: [
      [0, colors.low],
      [1, colors.high],
    ],
    showscale: false,
    hoverinfo: 'skip',
    connectgaps: false,
    line: { width: 0.8, color: colors.line },
    contours: { coloring: 'fill', showlines: true },
  };
}
