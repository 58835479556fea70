import { describe, expect, it } from 'vitest';
import { Trajectory } from './trajectory';

describe('Trajectory', () => {
  const t = new Trajectory(Float64Array.of(1, 2, 3, 4, 5, 6), 2);

  it('Trajectory(data, dim) has one point per dim values, read by at, get and column', () => {
    expect(t.length).toBe(3);
    expect(t.at(1)).toEqual([3, 4]);
    expect(t.at(-1)).toEqual([5, 6]);
    expect(t.get(2, 0)).toBe(5);
    expect(t.column(1)).toEqual([2, 4, 6]);
    expect(t.toArray()).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect([...t]).toEqual(t.toArray());
  });

  it('Trajectory.at out of range throws', () => {
    expect(() => t.at(3)).toThrow(RangeError);
    expect(() => t.at(-4)).toThrow(RangeError);
  });
});
