/**
 * The 2×2 momentum matrix of one eigen-direction and its powers in closed form.
 * State (zᵢ, xᵢ) with x = Qᵀ(w − w*): z ← βz + λx, x ← x − αz gives (z, x)ₖ₊₁ = R (z, x)ₖ.
 */
import { cmul, complex, cpow, csub, cdiv, type Complex } from './complex';
import { momentumRoots } from './quadratic-analysis';

/** A real 2×2 matrix as rows. */
export type Mat2 = readonly [readonly [number, number], readonly [number, number]];

/** R = \begin{pmatrix} β & λ \\ -αβ & 1 - αλ \end{pmatrix}; det R = β. */
export function momentumMatrix(lr: number, beta: number, lambda: number): Mat2 {
  return [
    [beta, lambda],
    [-lr * beta, 1 - lr * lambda],
  ];
}

/** The product AB of two 2×2 matrices. */
export function mat2Multiply(a: Mat2, b: Mat2): Mat2 {
  return [
    [a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]],
    [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]],
  ];
}

/**
 * Rᵏ in closed form. With distinct roots σ₁ ≠ σ₂ (possibly complex):
 *
 * R^k = σ_1^k R_1 - σ_2^k R_2,\quad R_1 = \frac{R - σ_2 I}{σ_1 - σ_2},\quad R_2 = \frac{R - σ_1 I}{σ_1 - σ_2}
 *
 * (the Distill article swaps the indices: an erratum); with a repeated root σ:
 * R^k = σ^k (kR/σ - (k-1) I), evaluated as kσ^{k−1}R − (k−1)σᵏI so σ = 0 needs no division.
 * Roots closer than 1e-7 (relative) count as repeated, where the first form cancels badly.
 * @param k integer ≥ 0.
 */
export function momentumMatrixPower(lr: number, beta: number, lambda: number, k: number): Mat2 {
  const R = momentumMatrix(lr, beta, lambda);
  if (k === 0)
    return [
      [1, 0],
      [0, 1],
    ];
  const [s1, s2] = momentumRoots(lr, beta, lambda);
  const delta = csub(s1, s2);
  const gap = Math.hypot(delta.re, delta.im);
  if (gap <= 1e-7 * Math.max(1, Math.hypot(s1.re, s1.im))) {
    const s = (s1.re + s2.re) / 2;
    const a = k * Math.pow(s, k - 1);
    const b = (k - 1) * Math.pow(s, k);
    return [
      [a * R[0][0] - b, a * R[0][1]],
      [a * R[1][0], a * R[1][1] - b],
    ];
  }
  const p1 = cpow(s1, k);
  const p2 = cpow(s2, k);
  // Entry (r, c) of σ₁ᵏ(R − σ₂I)/δ − σ₂ᵏ(R − σ₁I)/δ; the imaginary parts cancel.
  const entry = (r: 0 | 1, c: 0 | 1): number => {
    const diag = r === c;
    const r1 = diag ? csub(complex(R[r][c]), s2) : complex(R[r][c]);
    const r2 = diag ? csub(complex(R[r][c]), s1) : complex(R[r][c]);
    return csub(cmul(p1, cdiv(r1, delta)), cmul(p2, cdiv(r2, delta))).re;
  };
  return [
    [entry(0, 0), entry(0, 1)],
    [entry(1, 0), entry(1, 1)],
  ];
}

/**
 * The matrices R₁ = (R − σ₂I)/(σ₁ − σ₂) and R₂ = (R − σ₁I)/(σ₁ − σ₂) for distinct roots, as
 * complex entries (rows), with the roots: the ingredients of {@link momentumMatrixPower}.
 */
export function momentumProjectors(
  lr: number,
  beta: number,
  lambda: number,
): { sigma1: Complex; sigma2: Complex; R1: Complex[][]; R2: Complex[][] } {
  const R = momentumMatrix(lr, beta, lambda);
  const [sigma1, sigma2] = momentumRoots(lr, beta, lambda);
  const delta = csub(sigma1, sigma2);
  const build = (shift: Complex) =>
    [0, 1].map((r) =>
      [0, 1].map((c) => cdiv(r === c ? csub(complex(R[r][c]), shift) : complex(R[r][c]), delta)),
    );
  return { sigma1, sigma2, R1: build(sigma2), R2: build(sigma1) };
}

/**
 * Closed-form heavy-ball loss on a quadratic after k steps from z⁰ = 0:
 * f(w^k) - f^* = \tfrac12 \sum_i λ_i \left((R_i^k)_{22}\, x_i^0\right)^2,
 * with x⁰ = Qᵀ(w⁰ − w*) in eigen-coordinates and Rᵢ the momentum matrix of λᵢ.
 */
export function momentumLoss(
  eigenvalues: readonly number[],
  x0: readonly number[],
  lr: number,
  beta: number,
  k: number,
): number {
  let sum = 0;
  for (let i = 0; i < eigenvalues.length; i++) {
    const xk = momentumMatrixPower(lr, beta, eigenvalues[i], k)[1][1] * x0[i];
    sum += eigenvalues[i] * xk * xk;
  }
  return 0.5 * sum;
}
