import type { Vector } from '../types';
import { defineObjective } from './define';
import type { Objective } from '../types';

/** The chain objective with its exact minimiser and spectrum. */
export interface ChainObjective extends Objective {
  readonly minimizer: Vector;
  readonly minimum: number;
  readonly eigenvalues: readonly number[];
  /** The condition number κ the problem was built for (the spectrum lies inside [μ, μκ]). */
  readonly kappa: number;
  /** Spectrum bounds of the infinite chain, [4/(κ−1), 4κ/(κ−1)], used to tune optimizers. */
  readonly spectrumBounds: readonly [number, number];
}

/**
 * The convex Rosenbrock ("chain") function of Nesterov's lower bound:
 *
 * f(w) = \tfrac12 (w_1 - 1)^2 + \tfrac12 \sum_{i=1}^{n-1} (w_i - w_{i+1})^2 + \tfrac{2}{κ-1}\lVert w\rVert^2.
 *
 * Its Hessian is H = T + \tfrac{4}{κ-1} I with T tridiagonal (2 on the diagonal, 1 in the last
 * entry, −1 beside it), whose eigenvalues are 2 − 2cos((2j−1)π/(2n+1)), j = 1…n; so the spectrum
 * lies inside [4/(κ−1), 4κ/(κ−1)] and the condition number is below κ. A method that starts at 0
 * and moves in the span of past gradients changes one more coordinate per step, which gives
 * ‖wᵏ − w*‖∞ ≥ ((√κ−1)/(√κ+1))ᵏ ‖w⁰ − w*‖∞ (for k well below n).
 *
 * The minimiser solves H w = e₁ (tridiagonal, solved exactly by the Thomas algorithm).
 * Reference: Y. Nesterov, "Introductory Lectures on Convex Optimization", 2004, §2.1.2;
 * G. Goh, "Why Momentum Really Works", Distill 2017 (lower-bound section).
 */
export function chain(options: { readonly n: number; readonly kappa: number }): ChainObjective {
  const { n, kappa } = options;
  if (!(n >= 2) || !Number.isInteger(n)) throw new RangeError('chain: n must be an integer ≥ 2');
  if (!(kappa > 1)) throw new RangeError('chain: kappa must be > 1');
  const mu = 2 / (kappa - 1);

  const fArray = (w: ArrayLike<number>): number => {
    const first = w[0] - 1;
    let sum = 0.5 * first * first;
    let norm2 = 0;
    for (let i = 0; i < n; i++) {
      norm2 += w[i] * w[i];
      if (i + 1 < n) {
        const d = w[i] - w[i + 1];
        sum += 0.5 * d * d;
      }
    }
    return sum + mu * norm2;
  };
  const gradInto = (w: ArrayLike<number>, out: Float64Array): void => {
    for (let i = 0; i < n; i++) {
      let g = 2 * mu * w[i];
      if (i > 0) g += w[i] - w[i - 1];
      if (i + 1 < n) g += w[i] - w[i + 1];
      out[i] = g;
    }
    out[0] += w[0] - 1;
  };

  // Thomas algorithm for H w = e₁: diagonal 2 + 2μ (last 1 + 2μ), off-diagonals −1.
  const diag = (i: number) => (i + 1 < n ? 2 : 1) + 2 * mu;
  const cPrime = new Float64Array(n);
  const dPrime = new Float64Array(n);
  cPrime[0] = -1 / diag(0);
  dPrime[0] = 1 / diag(0);
  for (let i = 1; i < n; i++) {
    const m = diag(i) + cPrime[i - 1];
    cPrime[i] = -1 / m;
    dPrime[i] = dPrime[i - 1] / m;
  }
  const wStar = new Float64Array(n);
  wStar[n - 1] = dPrime[n - 1];
  for (let i = n - 2; i >= 0; i--) wStar[i] = dPrime[i] - cPrime[i] * wStar[i + 1];

  const eigenvalues = Array.from(
    { length: n },
    (_, j) => 2 * mu + 2 - 2 * Math.cos(((2 * j + 1) * Math.PI) / (2 * n + 1)),
  ).sort((a, b) => a - b);

  return {
    ...defineObjective({
      id: 'chain',
      label: `Convex Rosenbrock chain (n = ${n}, κ = ${kappa})`,
      tex: '\\tfrac12 (w_1 - 1)^2 + \\tfrac12 \\sum_{i=1}^{n-1} (w_i - w_{i+1})^2 + \\tfrac{2}{\\kappa-1}\\lVert w\\rVert^2',
      dim: n,
      fArray,
      gradInto,
    }),
    minimizer: Array.from(wStar),
    minimum: fArray(wStar),
    eigenvalues,
    kappa,
    spectrumBounds: [2 * mu, 2 * mu * kappa],
  };
}
