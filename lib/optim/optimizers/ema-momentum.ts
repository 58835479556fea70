import type { Optimizer, Vector } from '../types';
import { requireFinite } from './validate';

/** The moving average v of past gradients. */
export interface EmaMomentumState {
  readonly v: Vector;
}

/**
 * Momentum as an exponential moving average of gradients:
 *
 * v_{k+1} = β v_k + (1 - β) ∇f(w_k), \quad w_{k+1} = w_k - α' v_{k+1}, \quad v_0 = 0.
 *
 * It produces the same iterates as `heavyBall` with α = α'(1 − β) (up to rounding).
 * @param lr step size α' > 0.
 * @param beta averaging rate β in [0, 1); 0 is legitimate. Default 0.9.
 */
export function emaMomentum(options: {
  readonly lr: number;
  readonly beta?: number;
}): Optimizer<EmaMomentumState> {
  const lr = options.lr;
  const beta = options.beta ?? 0.9;
  requireFinite('emaMomentum', { lr, beta });
  const keep = 1 - beta;
  return {
    name: 'ema-momentum',
    label: 'Momentum (moving average)',
    hyper: { lr, beta },
    init: (w0) => ({ v: w0.map(() => 0) }),
    update: (g, state) => {
      const v = state.v.map((vi, i) => beta * vi + keep * g[i]);
      return { step: v.map((vi) => -(lr * vi)), state: { v } };
    },
    kernel: (w0) => {
      const v = new Float64Array(w0.length);
      return {
        step(w, g) {
          for (let i = 0; i < w.length; i++) {
            const vi = beta * v[i] + keep * g[i];
            v[i] = vi;
            w[i] = w[i] + -(lr * vi);
          }
        },
      };
    },
  };
}
