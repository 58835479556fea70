import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { cmul, cpow, csub } from './complex';
import {
  mat2Multiply,
  momentumMatrix,
  momentumMatrixPower,
  momentumProjectors,
  type Mat2,
} from './momentum-matrix';
import { criticalBeta, momentumRoots } from './quadratic-analysis';

fc.configureGlobal({ seed: 20240611 });

function repeated(R: Mat2, k: number): Mat2 {
  let P: Mat2 = [
    [1, 0],
    [0, 1],
  ];
  for (let i = 0; i < k; i++) P = mat2Multiply(P, R);
  return P;
}

function expectMatClose(a: Mat2, b: Mat2, tol: number, what: string) {
  const scale = Math.max(1, ...b.flat().map(Math.abs));
  for (let r = 0; r < 2; r++)
    for (let c = 0; c < 2; c++) expectClose(a[r][c] / scale, b[r][c] / scale, tol, what);
}

describe('momentum matrix power', () => {
  it('momentumMatrix(α, β, λ) is [[β, λ], [−αβ, 1 − αλ]] and advances (z, x) by one heavy-ball step', () => {
    const [lr, beta, lambda] = [0.3, 0.7, 2];
    const R = momentumMatrix(lr, beta, lambda);
    expect(R).toEqual([
      [0.7, 2],
      [-lr * beta, 1 - lr * lambda],
    ]);
    const [z, x] = [0.5, -1.5];
    const zNext = beta * z + lambda * x;
    const xNext = x - lr * zNext;
    expectClose(R[0][0] * z + R[0][1] * x, zNext, 1e-15);
    expectClose(R[1][0] * z + R[1][1] * x, xNext, 1e-15);
  });

  it('Rᵏ = σ₁ᵏR₁ − σ₂ᵏR₂ equals repeated multiplication, for real and complex roots (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        (ul, beta, lambda, k) => {
          const lr = ul / lambda;
          expectMatClose(
            momentumMatrixPower(lr, beta, lambda, k),
            repeated(momentumMatrix(lr, beta, lambda), k),
            1e-8,
            `k=${k}`,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the complex-root case (β = 0.81, αλ = 1) matches repeated multiplication', () => {
    expect(momentumRoots(0.5, 0.81, 2)[0].im).not.toBe(0);
    for (const k of [1, 2, 7, 30, 100]) {
      expectMatClose(
        momentumMatrixPower(0.5, 0.81, 2, k),
        repeated(momentumMatrix(0.5, 0.81, 2), k),
        1e-11,
        `k=${k}`,
      );
    }
  });

  it('the repeated-root case uses Rᵏ = σᵏ(kR/σ − (k − 1)I) and matches repeated multiplication', () => {
    const lr = 0.1;
    const lambda = 2.5; // αλ = 0.25, so σ = 1 − √0.25 = 0.5
    const beta = criticalBeta(lr, lambda);
    const [s1, s2] = momentumRoots(lr, beta, lambda);
    expectClose(s1.re, 0.5, 1e-8);
    expectClose(s2.re, 0.5, 1e-8);
    for (const k of [1, 2, 5, 20, 80]) {
      expectMatClose(
        momentumMatrixPower(lr, beta, lambda, k),
        repeated(momentumMatrix(lr, beta, lambda), k),
        1e-10,
        `k=${k}`,
      );
    }
    // β = 0, αλ = 1: both roots 0 and R is nilpotent.
    expectMatClose(momentumMatrixPower(0.5, 0, 2, 1), momentumMatrix(0.5, 0, 2), 1e-15, 'R¹');
    expectMatClose(
      momentumMatrixPower(0.5, 0, 2, 3),
      [
        [0, 0],
        [0, 0],
      ],
      1e-15,
      'R³',
    );
  });

  it('R₁ = (R − σ₂I)/(σ₁ − σ₂), R₂ = (R − σ₁I)/(σ₁ − σ₂); swapping the indices (the article’s erratum) is wrong', () => {
    const [lr, beta, lambda] = [0.2, 0.3, 1];
    const R = momentumMatrix(lr, beta, lambda);
    const { sigma1, sigma2, R1, R2 } = momentumProjectors(lr, beta, lambda);
    const k = 5;
    const exact = repeated(R, k);
    const combine = (A: typeof R1, B: typeof R1) =>
      [0, 1].map((r) =>
        [0, 1].map((c) => csub(cmul(cpow(sigma1, k), A[r][c]), cmul(cpow(sigma2, k), B[r][c])).re),
      );
    const right = combine(R1, R2);
    const swapped = combine(R2, R1);
    for (let r = 0; r < 2; r++)
      for (let c = 0; c < 2; c++) expectClose(right[r][c], exact[r][c], 1e-12);
    const err = Math.max(
      ...[0, 1].flatMap((r) => [0, 1].map((c) => Math.abs(swapped[r][c] - exact[r][c]))),
    );
    expect(err).toBeGreaterThan(0.01);
  });
});
