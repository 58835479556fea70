import { describe, expect, it } from 'vitest';
import { illConditionedBowl, type Objective } from '@/lib/optim';
import { contourGrid } from './contour';

describe('contourGrid', () => {
  it('contourGrid(objective, view, n) samples an n×n grid over the view', () => {
    const grid = contourGrid(illConditionedBowl({ kappa: 10 }), { x: [-4, 4], y: [-2, 2] }, 5);
    expect(grid.x).toEqual([-4, -2, 0, 2, 4]);
    expect(grid.y).toEqual([-2, -1, 0, 1, 2]);
    expect(grid.z).toHaveLength(5);
    // The lowest level is at the centre of the bowl.
    const centre = grid.z[2][2]!;
    for (const row of grid.z) for (const v of row) expect(v!).toBeGreaterThanOrEqual(centre);
  });

  it('non-finite values become gaps and never reach the plot', () => {
    const logSurface: Objective = {
      id: 'log-x',
      label: 'log x',
      tex: '\\log x',
      dim: 2,
      f: (w) => Math.log(w[0]) + w[1] * w[1],
      grad: (w) => [1 / w[0], 2 * w[1]],
    };
    const grid = contourGrid(logSurface, { x: [-1, 1], y: [-1, 1] }, 3);
    expect(grid.z[0][0]).toBeNull();
    expect(grid.z.flat().every((v) => v === null || Number.isFinite(v))).toBe(true);
    expect(grid.zRange.every(Number.isFinite)).toBe(true);
  });
});
