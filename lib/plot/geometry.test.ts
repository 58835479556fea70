import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { pathThrough, toData, toPixelX, toPixelY, type PlotGeometry } from './geometry';

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
    expect(d).toBe('M60.0 20.0M110.0 70.0M160.0 120.0');
  });
});
