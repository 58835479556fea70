import type { ContourGrid } from '@/lib/plot/contour';
import type { ColorScale, ContourTrace } from '@/components/plot/plotly-types';
import type { Theme } from '@/components/plot/useTheme';

/** Filled contour in quiet tones so the trajectories on top carry the colour. */
export function contourTrace(grid: ContourGrid, theme: Theme): ContourTrace {
  const scale: ColorScale =
    theme === 'dark'
      ? [
          [0, '#1f2d3d'],
          [1, '#2b2f35'],
        ]
      : [
          [0, '#dbe7f5'],
          [1, '#fbfaf6'],
        ];
  return {
    type: 'contour',
    x: grid.x,
    y: grid.y,
    z: grid.z,
    zmin: grid.zRange[0],
    zmax: grid.zRange[1],
    ncontours: 16,
    colorscale: scale,
    showscale: false,
    hoverinfo: 'skip',
    connectgaps: false,
    line: { width: 0.8, color: theme === 'dark' ? '#56606c' : '#9fb3c8' },
    contours: { coloring: 'fill', showlines: true },
  };
}
