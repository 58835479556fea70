import type { Optimizer, Vector } from '../types';
import { requireFinite } from './validate';

/** The velocity z (an accumulated sum of gradients). */
export interface HeavyBallState {
  readonly z: Vector;
}

/**
 * Polyak's heavy ball, in the course's (and PyTorch's) convention:
 *
 * z_{k+1} = β z_k + ∇f(w_k), \quad w_{k+1} = w_k - α z_{k+1}, \quad z_0 = 0.
 *
 * β = 0 is gradient descent exactly. On a quadratic it converges iff 0 < αλᵢ < 2 + 2β for
 * 0 ≤ β < 1 (see `momentumRate`).
 * @param lr step size α > 0.
 * @param beta momentum β, usually in [0, 1); 0 is legitimate. Default 0.9.
 * Reference: B. T. Polyak, "Some methods of speeding up the convergence of iteration methods", 1964.
 */
export function heavyBall(options: {
  readonly lr: number;
  readonly beta?: number;
}): Optimizer<HeavyBallState> {
  const lr = options.lr;
  const beta = options.beta ?? 0.9;
  requireFinite('heavyBall', { lr, beta });
  return {
    name: 'heavy-ball',
    label: 'Momentum (heavy ball)',
    hyper: { lr, beta },
    init: (w0) => ({ z: w0.map(() => 0) }),
    update: (g, state) => {
      const z = state.z.map((zi, i) => beta * zi + g[i]);
      return { step: z.map((zi) => -(lr * zi)), state: { z } };
    },
    kernel: (w0) => {
      const z = new Float64Array(w0.length);
      return {
        step(w, g) {
          for (let i = 0; i < w.length; i++) {
            const zi = beta * z[i] + g[i];
            z[i] = zi;
            w[i] = w[i] + -(lr * zi);
          }
        },
      };
    },
  };
}
