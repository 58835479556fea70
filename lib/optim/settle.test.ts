import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstBelow, settledAbove, settledBelow, settledIndex } from './settle';

fc.configureGlobal({ seed: 20261129 });

describe('settle', () => {
  it('settledBelow(losses, tol) is the step after which the loss stays within tol, not the first dip', () => {
    const losses = [1, 0.5, 0.01, 0.3, 0.05, 0.02, 0.01];
    expect(firstBelow(losses, 0.05)).toBe(2);
    expect(settledBelow(losses, 0.05)).toBe(4);
  });

  it('settledBelow(losses, tol, floor) measures from the floor f*', () => {
    expect(settledBelow([3, 2.5, 2.01, 2.001], 0.02, 2)).toBe(2);
  });

  it('settledBelow returns null when the last value is outside, and for an empty series', () => {
    expect(settledBelow([1, 0.01, 0.5], 0.1)).toBeNull();
    expect(settledBelow([], 0.1)).toBeNull();
  });

  it('settledBelow returns 0 when the whole series is within', () => {
    expect(settledBelow([0.01, 0.02], 0.1)).toBe(0);
  });

  it('settledAbove(accuracies, bound) is the epoch from which accuracy stays at or above bound', () => {
    expect(settledAbove([0.5, 0.91, 0.89, 0.9, 0.95], 0.9)).toBe(3);
    expect(settledAbove([0.95, 0.85], 0.9)).toBeNull();
  });

  it('settledIndex(values, goal) is the first k with goal on every j ≥ k and not on k − 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, tol) => {
          const k = settledIndex(values, (v) => v <= tol);
          if (k === null) {
            expect(values.length === 0 || values[values.length - 1] > tol).toBe(true);
            return;
          }
          for (let j = k; j < values.length; j++) expect(values[j]).toBeLessThanOrEqual(tol);
          if (k > 0) expect(values[k - 1]).toBeGreaterThan(tol);
        },
      ),
    );
  });

  it('the settle index is never before the first dip', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (values) => {
          const k = settledBelow(values, 0.5);
          const first = firstBelow(values, 0.5);
          if (k !== null) expect(first).not.toBeNull();
          if (k !== null && first !== null) expect(k).toBeGreaterThanOrEqual(first);
        },
      ),
    );
  });
});
