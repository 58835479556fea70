import { contours } from 'd3-contour';
import { ticks } from 'd3-array';
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
  const gx = linear([0.5, nx - 0.5], [grid.x[0], grid.x[nx - 1]]);
  const gy = linear([0.5, ny - 0.5], [grid.y[0], grid.y[ny - 1]]);
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

/** The straight-line map taking d0 to r0 and d1 to r1. */
function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): (v: number) => number {
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** About `count` round tick values across [lo, hi] (d3-array's choice of 1, 2, 5 × 10ⁿ, as d3-scale's axes). */
export function axisTicks([lo, hi]: readonly [number, number], count = 6): number[] {
  return ticks(lo, hi, count);
}
