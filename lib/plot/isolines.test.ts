import { describe, expect, it } from 'vitest';
import { quadratic } from '@/lib/optim';
import { contourGrid } from './contour';
import { axisTicks, isolinePaths } from './isolines';

const points = (path: string): [number, number][] =>
  [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('isolines', () => {
  it('isolinePaths traces a circle for the level set of a round bowl, in pixel units', () => {
    const bowl = quadratic({ eigenvalues: [1, 1] });
    const grid = contourGrid(bowl, { x: [-2, 2], y: [-2, 2] }, 81);
    // contourGrid stores log10(f − f_min + floor); f = ½r², so the level of r = 1 is log10(½ + floor).
    const floor = Math.max(1e-9, (4 - 0) * 1e-6);
    const level = Math.log10(0.5 + floor);
    const px = (x: number) => 100 + 50 * x;
    const py = (y: number) => 100 - 50 * y;
    const [path] = isolinePaths(grid, [level], px, py);
    // f ≥ level outside the circle: the region's outer ring runs half a cell outside the plot
    // area (the figure's clip hides it); the ring inside the area is the circle.
    const inside = points(path).filter(
      ([x, y]) => Math.max(Math.abs(x - 100), Math.abs(y - 100)) <= 100,
    );
    expect(inside.length).toBeGreaterThan(50);
    for (const [x, y] of inside) expect(Math.hypot(x - 100, y - 100)).toBeCloseTo(50, 0);
    expect(path.endsWith('Z')).toBe(true);
  });

  it('isolinePaths gives an empty path for a level the surface never reaches', () => {
    const grid = contourGrid(quadratic({ eigenvalues: [1, 1] }), { x: [-1, 1], y: [-1, 1] }, 21);
    expect(
      isolinePaths(
        grid,
        [99],
        (x) => x,
        (y) => y,
      ),
    ).toEqual(['']);
  });

  it('axisTicks([lo, hi]) gives round values inside the range', () => {
    expect(axisTicks([-3, 3])).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(axisTicks([-0.35, 0.8])).toEqual([-0.2, 0, 0.2, 0.4, 0.6, 0.8]);
    expect(axisTicks([0, 1])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
