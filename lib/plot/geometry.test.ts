import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import {
  barsThrough,
  dotsThrough,
  pathThrough,
  stemsThrough,
  toData,
  toPixelX,
  toPixelY,
  type PlotGeometry,
} from './geometry';

const linear: PlotGeometry = {
  left: 10,
  top: 20,
  width: 200,
  height: 100,
  x: { range: [-2, 2] },
  y: { range: [0, 1] },
};
const logY: PlotGeometry = { ...linear, y: { range: [1e-6, 1], log: true } };

describe('plot geometry', () => {
  it('toPixelX/toPixelY map the axis ranges onto the plot area, y pointing up', () => {
    expect(toPixelX(linear, -2)).toBe(10);
    expect(toPixelX(linear, 2)).toBe(210);
    expect(toPixelY(linear, 0)).toBe(120);
    expect(toPixelY(linear, 1)).toBe(20);
  });

  it('a log axis maps decades evenly', () => {
    expectClose(toPixelY(logY, 1e-3), 70);
    expectClose(toPixelY(logY, 1e-6), 120);
  });

  it('toData inverts the mapping', () => {
    const [x, y] = toData(logY, toPixelX(logY, 0.7), toPixelY(logY, 3e-4));
    expectClose(x, 0.7);
    expectClose(y, 3e-4);
  });

  it('pathThrough breaks the line at non-finite or non-positive (log) values', () => {
    const ys = [1, NaN, 1e-3, 0, 1e-6];
    const d = pathThrough(
      logY,
      ys.length,
      (i) => i * 0.5 - 1,
      (i) => ys[i],
    );
    expect(d).toBe('M60 20M110 70M160 120');
  });

  /** The points of a path string, one per M or L command. */
  const vertices = (d: string) =>
    [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

  it('pathThrough leaves out points within half a pixel of the last drawn, but not a piece’s end', () => {
    // A run converging on x = 0.5: its tail piles up on one pixel.
    const xs = Array.from({ length: 400 }, (_, k) => 0.5 - 1.5 * 0.9 ** k);
    const d = pathThrough(
      linear,
      xs.length,
      (i) => xs[i],
      () => 0.5,
    );
    const drawn = vertices(d);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[0]).toEqual([60, 70]);
    // The last iterate is drawn where it is, to a tenth of a pixel.
    expect(drawn.at(-1)![0]).toBeCloseTo(toPixelX(linear, xs[399]), 1);
    // Every iterate lies within half a pixel of the path's vertices.
    for (const x of xs) {
      const px = toPixelX(linear, x);
      expect(Math.min(...drawn.map(([vx]) => Math.abs(vx - px)))).toBeLessThan(0.56);
    }
  });

  it('pathThrough ends a piece at its last point even when that point was too close to draw', () => {
    const xs = [0, 0.001, 0.002, NaN, 1, 1.002];
    const d = pathThrough(
      linear,
      xs.length,
      (i) => xs[i],
      () => 0.5,
    );
    expect(d).toBe('M110 70L110.1 70M160 70L160.1 70');
  });

  it('dotsThrough draws one circle per visible point, the last always, nothing off the map', () => {
    const xs = [0, 0.001, 1, 1.001, 1e9];
    const d = dotsThrough(
      linear,
      xs.length - 1,
      (i) => xs[i],
      () => 0.5,
    );
    // (0, 0.5) and (1, 0.5), and the last point (1.001, 0.5) though it sits under the one before.
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.startsWith('M108 70a2 2 0 1 0 4 0a2 2 0 1 0 -4 0')).toBe(true);
    // With a last point off the map, the one under its neighbour is not the last: two circles.
    expect(
      dotsThrough(
        linear,
        xs.length,
        (i) => xs[i],
        () => 0.5,
      ).match(/M/g),
    ).toHaveLength(2);
  });

  it('stemsThrough draws one stem per point from the base level, nothing off the map', () => {
    const ys = [0.5, 1, 0, 1e9];
    const d = stemsThrough(
      linear,
      ys.length,
      (i) => i - 1,
      (i) => ys[i],
    );
    // x = −1, 0, 1 map to 60, 110, 160; y = 0 (the base) is pixel 120, 0.5 is 70, 1 is 20.
    expect(d).toBe('M60 120V70M110 120V20M160 120V120');
    // Another base: the stems start from it.
    expect(
      stemsThrough(
        linear,
        1,
        () => 0,
        () => 0,
        0.5,
      ),
    ).toBe('M110 70V120');
  });

  it('barsThrough draws one closed bar per point, centred on x and widthPx wide', () => {
    const d = barsThrough(
      linear,
      3,
      (i) => i - 1,
      (i) => [0.5, 1, Number.NaN][i],
      10,
    );
    // The NaN bar is left out; each bar is base → top → across → base, closed.
    expect(d).toBe('M55 120V70h10V120ZM105 120V20h10V120Z');
    expect(d.match(/Z/g)).toHaveLength(2);
  });
});
