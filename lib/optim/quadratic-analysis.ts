/**
 * Closed forms for gradient descent and momentum on a quadratic, one eigenvalue λ at a time.
 * In the eigenbasis x = Qᵀ(w − w*) every direction evolves on its own, so rates, roots and
 * step counts below are the whole story (MATH.md, "Gradient descent" and "Momentum").
 */
import type { Complex } from './complex';

/**
 * Gradient descent's contraction factor along eigenvalue λ: |1 − αλ|, since
 * x_i^k = (1 - αλ_i)^k x_i^0. Below 1 iff 0 < αλ < 2; a negative factor is the zig-zag.
 */
export function gdRate(lr: number, lambda: number): number {
  return Math.abs(1 - lr * lambda);
}

/** (1 − αλ)ᵏ, the signed factor of one eigen-coordinate after k GD steps. */
export function gdFactor(lr: number, lambda: number, k: number): number {
  return Math.pow(1 - lr * lambda, k);
}

/**
 * GD's rate over a spectrum in [λmin, λmax]: \max_λ |1 − αλ| = \max(|1 − αλ_{min}|, |1 − αλ_{max}|),
 * because |1 − αλ| is convex in λ, so its maximum over an interval sits at an endpoint.
 */
export function gdSpectrumRate(lr: number, lambdaMin: number, lambdaMax: number): number {
  return Math.max(gdRate(lr, lambdaMin), gdRate(lr, lambdaMax));
}

/**
 * Step size and rate of optimally tuned GD for eigenvalues in [λ₁, λₙ]:
 * α = 2/(λ₁ + λₙ), rate = (κ − 1)/(κ + 1) with κ = λₙ/λ₁.
 */
export function optimalGd(lambdaMin: number, lambdaMax: number): { lr: number; rate: number } {
  return {
    lr: 2 / (lambdaMin + lambdaMax),
    rate: (lambdaMax - lambdaMin) / (lambdaMax + lambdaMin),
  };
}

/**
 * The two eigenvalues of the momentum matrix R = [[β, λ], [−αβ, 1 − αλ]], the roots of
 * σ² − (1 − αλ + β)σ + β = 0:
 *
 * σ_{1,2} = \tfrac12\left(1 - αλ + β \pm \sqrt{(1 - αλ + β)^2 - 4β}\right)
 *
 * (σ₁ takes +). When the discriminant is negative they are complex conjugates with |σ| = √β.
 */
export function momentumRoots(
  lr: number,
  beta: number,
  lambda: number,
): readonly [Complex, Complex] {
  const b = 1 - lr * lambda + beta;
  const disc = b * b - 4 * beta;
  if (disc < 0) {
    const im = Math.sqrt(-disc) / 2;
    return [
      { re: b / 2, im },
      { re: b / 2, im: -im },
    ];
  }
  const s = Math.sqrt(disc);
  return [
    { re: (b + s) / 2, im: 0 },
    { re: (b - s) / 2, im: 0 },
  ];
}

/**
 * Heavy-ball rate along eigenvalue λ: the spectral radius \max(|σ_1|, |σ_2|) of
 * R = [[β, λ], [−αβ, 1 − αλ]]. Complex roots give exactly √β (independent of α and λ; the Distill
 * article's 2√β is an erratum). For 0 ≤ β < 1 it is below 1 iff 0 < αλ < 2 + 2β.
 */
export function momentumRate(lr: number, beta: number, lambda: number): number {
  const b = 1 - lr * lambda + beta;
  const disc = b * b - 4 * beta;
  if (disc < 0) return Math.sqrt(beta);
  return (Math.abs(b) + Math.sqrt(disc)) / 2;
}

/**
 * Heavy-ball rate over a spectrum in [λmin, λmax]: the larger of the two endpoint rates.
 *
 * Why endpoints suffice (0 ≤ β < 1, α > 0): as a function of u = αλ the spectral radius falls on
 * u ≤ (1 − √β)² (real roots, the larger one shrinking), stays at √β while the roots are complex,
 * (1 − √β)² < u < (1 + √β)², and rises for u ≥ (1 + √β)²; a function that falls, is flat, then
 * rises has its maximum over an interval at an endpoint. A test checks this by dense sampling.
 */
export function momentumSpectrumRate(
  lr: number,
  beta: number,
  lambdaMin: number,
  lambdaMax: number,
): number {
  return Math.max(momentumRate(lr, beta, lambdaMin), momentumRate(lr, beta, lambdaMax));
}

/**
 * Optimal heavy-ball parameters for eigenvalues in [λ₁, λₙ] (Polyak 1964):
 * α^* = \left(\frac{2}{\sqrt{λ_1} + \sqrt{λ_n}}\right)^2, β^* = \left(\frac{\sqrt{λ_n} - \sqrt{λ_1}}{\sqrt{λ_n} + \sqrt{λ_1}}\right)^2,
 * rate (√κ − 1)/(√κ + 1) = √β*.
 */
export function optimalMomentum(
  lambdaMin: number,
  lambdaMax: number,
): { lr: number; beta: number; rate: number } {
  const a = Math.sqrt(lambdaMin);
  const b = Math.sqrt(lambdaMax);
  const rate = (b - a) / (b + a);
  return { lr: (2 / (a + b)) ** 2, beta: rate * rate, rate };
}

/**
 * Nesterov's rate along eigenvalue λ. Per direction its iterates obey
 * x^{k+1} = (1 − αλ)(1 + β) x^k − β(1 − αλ) x^{k−1}, so the rate is the larger root modulus of
 * σ² − (1 − αλ)(1 + β)σ + β(1 − αλ) = 0 (complex roots: √(β(1 − αλ))).
 */
export function nesterovRate(lr: number, beta: number, lambda: number): number {
  const u = 1 - lr * lambda;
  const p = u * (1 + beta);
  const q = beta * u;
  const disc = p * p - 4 * q;
  if (disc < 0) return Math.sqrt(q);
  return (Math.abs(p) + Math.sqrt(disc)) / 2;
}

/**
 * Nesterov's rate over a spectrum in [λmin, λmax]: the larger endpoint rate (a test checks by
 * dense sampling that no interior λ is worse).
 */
export function nesterovSpectrumRate(
  lr: number,
  beta: number,
  lambdaMin: number,
  lambdaMax: number,
): number {
  return Math.max(nesterovRate(lr, beta, lambdaMin), nesterovRate(lr, beta, lambdaMax));
}

/**
 * Nesterov's best fixed parameters for eigenvalues in [λ₁, λₙ], κ = λₙ/λ₁ (Lessard, Recht and
 * Packard 2016):
 * α = \frac{4}{3λ_n + λ_1}, \quad β = \frac{\sqrt{3κ + 1} - 2}{\sqrt{3κ + 1} + 2}, \quad
 * \text{rate } 1 - \frac{2}{\sqrt{3κ + 1}},
 * a little slower than the heavy ball's (√κ − 1)/(√κ + 1) on a quadratic.
 * Reference: L. Lessard, B. Recht, A. Packard, "Analysis and design of optimization algorithms via
 * integral quadratic constraints", SIAM J. Optim. 26(1), 2016.
 */
export function optimalNesterov(
  lambdaMin: number,
  lambdaMax: number,
): { lr: number; beta: number; rate: number } {
  const root = Math.sqrt((3 * lambdaMax) / lambdaMin + 1);
  return {
    lr: 4 / (3 * lambdaMax + lambdaMin),
    beta: (root - 2) / (root + 2),
    rate: 1 - 2 / root,
  };
}

/**
 * Critical damping: β = (1 − √(αλ))² makes the two roots coincide at σ = 1 − √(αλ), the fastest
 * rate along λ for this α (GD alone gives 1 − αλ). Meaningful for 0 ≤ αλ ≤ 1.
 */
export function criticalBeta(lr: number, lambda: number): number {
  const r = 1 - Math.sqrt(lr * lambda);
  return r * r;
}

/** The largest stable step for momentum β along λ: α < (2 + 2β)/λ (β = 0: GD's 2/λ). */
export function stabilityLimit(beta: number, lambda: number): number {
  return (2 + 2 * beta) / lambda;
}

/**
 * Steps for an error contracting by `rate` per step to shrink by the factor ε:
 * k = \lceil \log(1/ε) / -\log(\text{rate}) \rceil.
 *
 * Returns Infinity when rate ≥ 1 (or NaN: never), 0 when ε ≥ 1 (nothing to do), 1 when rate is 0.
 * A relative allowance of 1e-12 absorbs rounding so exact powers (rate 0.5, ε = 0.25 → 2) are not
 * counted one step too many. With optimal parameters this is O(κ) for GD and O(√κ) for momentum.
 */
export function stepsToTolerance(rate: number, eps: number): number {
  if (!(rate < 1)) return Infinity;
  if (eps >= 1) return 0;
  if (rate <= 0) return 1;
  const exact = Math.log(1 / eps) / -Math.log(rate);
  return Math.ceil(exact * (1 - 1e-12));
}

/**
 * Closed-form GD loss on a quadratic after k steps:
 * f(w^k) - f^* = \tfrac12 \sum_i λ_i (1 - αλ_i)^{2k} (x_i^0)^2,
 * with x⁰ = Qᵀ(w⁰ − w*) the start in eigen-coordinates (the ½ is dropped in the Distill article).
 */
export function gdLoss(
  eigenvalues: readonly number[],
  x0: readonly number[],
  lr: number,
  k: number,
): number {
  let sum = 0;
  for (let i = 0; i < eigenvalues.length; i++) {
    const lam = eigenvalues[i];
    sum += lam * Math.pow(1 - lr * lam, 2 * k) * x0[i] * x0[i];
  }
  return 0.5 * sum;
}
