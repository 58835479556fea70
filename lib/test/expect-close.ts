import { expect } from 'vitest';

/**
 * Asserts |actual − expected| ≤ tol·max(1, |expected|): absolute near zero, relative elsewhere.
 * The one closeness helper every unit test shares.
 */
export function expectClose(actual: number, expected: number, tol = 1e-9, what = ''): void {
  const scale = Math.max(1, Math.abs(expected));
  const ok = Number.isFinite(actual) && Math.abs(actual - expected) <= tol * scale;
  if (!ok) {
    expect.fail(`${what ? what + ': ' : ''}expected ${actual} to be within ${tol} of ${expected}`);
  }
}
