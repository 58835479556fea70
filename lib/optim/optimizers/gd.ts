import type { Optimizer } from '../types';
import { requireFinite } from './validate';

/** Gradient descent keeps no state. */
export type GdState = null;

/**
 * Gradient descent: w_{k+1} = w_k - α ∇f(w_k).
 *
 * On a quadratic it converges iff 0 < αλᵢ < 2 for every eigenvalue (see `gdRate`).
 * @param lr step size α > 0 (the lessons use 0 … 4/λmax).
 * Reference: A. Cauchy, 1847.
 */
export function gd(options: { readonly lr: number }): Optimizer<GdState> {
  const lr = options.lr;
  requireFinite('gd', { lr });
  return {
    name: 'gd',
    label: 'Gradient descent',
    hyper: { lr },
    init: () => null,
    update: (g, state) => ({ step: g.map((gi) => -(lr * gi)), state }),
    kernel: () => ({
      step(w, g) {
        for (let i = 0; i < w.length; i++) w[i] = w[i] + -(lr * g[i]);
      },
    }),
  };
}
