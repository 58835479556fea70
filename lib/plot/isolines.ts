import { contours } from 'd3-contour';
import { scaleLinear } from 'd3-scale';
import type { ContourGrid } from './contour';

/** Maps a data coordinate to an SVG coordinate. */
export type ToPixel = (value: number) => number;

/**
 * Contour lines of a sampled surface as SVG path data, one path per level, drawn by d3-contour's
 * marching squares (gaps — null samples — are treated as below every level). The grid's cell
 * corners are its samples, so a ring point (i, j) in grid units sits at x[i], y[j].
 */
export function isolinePaths(
  grid: ContourGrid,
  levels: readonly number[],
  px: ToPixel,
  py: ToPixel,
): string[] {
  const nx = grid.x.length;
  const ny = grid.y.length;
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) values[j * nx + i] = grid.z[j][i] ?? -Infinity;
  // d3-contour puts sample (i, j) at the centre of cell i, i.e. at i + 0.5.
  const gx = scaleLinear([0.5, nx - 0.5], [grid.x[0], grid.x[nx - 1]]);
  const gy = scaleLinear([0.5, ny - 0.5], [grid.y[0], grid.y[ny - 1]]);
  const generator = contours().size([nx, ny]).smooth(true);
  return levels.map((level) => {
    const shape = generator.contour(Array.from(values), level);
    return shape.coordinates
      .flatMap((polygon) =>
        polygon.map(
          (ring) =>
            ring
              .map(
                ([i, j], k) =>
                  `${k === 0 ? 'M' : 'L'}${px(gx(i)).toFixed(1)} ${py(gy(j)).toFixed(1)}`,
              )
              .join('') + 'Z',
        ),
      )
      .join('');
  });
}

/** About `count` round tick values across [lo, hi] (d3-scale's choice of 1, 2, 5 × 10ⁿ). */
export function axisTicks([lo, hi]: readonly [number, number], count = 6): number[] {
  return scaleLinear([lo, hi], [0, 1]).ticks(count);
}
