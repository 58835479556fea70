import { chain, type ChainedOptimizer } from './chain';

/**
 * Gradient descent: w_{k+1} = w_k - α ∇f(w_k).
 *
 * On a quadratic it converges iff 0 < αλᵢ < 2 for every eigenvalue (see `gdRate`).
 * @param lr step size α > 0 (the lessons use 0 … 4/λmax).
 * Reference: A. Cauchy, 1847.
 */
export function gd(options: { readonly lr: number }): ChainedOptimizer {
  const lr = options.lr;
  return chain({ name: 'gd', label: 'Gradient descent', hyper: { lr }, stages: [], lr });
}
