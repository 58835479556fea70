import type { Vector } from './types';

/**
 * A sequence of points stored in one row-major Float64Array (point k occupies
 * data[k·dim … (k+1)·dim)). Creating it costs one allocation however long the run, which is
 * what keeps a 1,000-step simulation in microseconds.
 *
 * Read point k with `at(k)` (a fresh number[]; negative k counts from the end, like
 * Array.prototype.at) or one coordinate with `get(k, i)`; `column(i)` gives coordinate i over
 * time for plotting; iteration yields the points in order.
 */
export class Trajectory implements Iterable<Vector> {
  /** Number of points. */
  readonly length: number;

  constructor(
    /** Row-major coordinates; treat as read-only. */
    readonly data: Float64Array,
    /** Coordinates per point. */
    readonly dim: number,
    length?: number,
  ) {
    this.length = length ?? (dim === 0 ? 0 : data.length / dim);
  }

  /** Point k as a fresh array (k < 0 counts from the end); throws when out of range. */
  at(k: number): number[] {
    const j = k < 0 ? this.length + k : k;
    if (!(j >= 0 && j < this.length) || !Number.isInteger(j)) {
      throw new RangeError(`Trajectory.at(${k}): index out of range 0…${this.length - 1}`);
    }
    return Array.from(this.data.subarray(j * this.dim, (j + 1) * this.dim));
  }

  /** Coordinate i of point k, without allocating. */
  get(k: number, i: number): number {
    return this.data[k * this.dim + i];
  }

  /** Coordinate i of every point, in order (e.g. the x values of a 2-D path). */
  column(i: number): number[] {
    const out = new Array<number>(this.length);
    for (let k = 0; k < this.length; k++) out[k] = this.data[k * this.dim + i];
    return out;
  }

  /** All points as arrays. */
  toArray(): number[][] {
    return Array.from({ length: this.length }, (_, k) => this.at(k));
  }

  *[Symbol.iterator](): Iterator<Vector> {
    for (let k = 0; k < this.length; k++) yield this.at(k);
  }
}
