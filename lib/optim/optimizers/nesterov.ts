import type { Optimizer, Vector } from '../types';
import { requireFinite } from './validate';

/** The velocity z. */
export interface NesterovState {
  readonly z: Vector;
}

/**
 * Nesterov's accelerated gradient, in look-ahead form:
 *
 * z_{k+1} = β z_k + ∇f(w_k - αβ z_k), \quad w_{k+1} = w_k - α z_{k+1}.
 *
 * The form PyTorch and optax implement, z ← βz + ∇f(w̃), w̃ ← w̃ − α(∇f(w̃) + βz), produces exactly
 * the look-ahead points w̃ = w − αβz of this run. The gradient at w itself is not used.
 * @param lr step size α > 0.
 * @param beta momentum β in [0, 1); 0 is legitimate. Default 0.9.
 * Reference: Y. Nesterov, 1983; I. Sutskever et al., "On the importance of initialization and
 * momentum in deep learning", ICML 2013.
 */
export function nesterov(options: {
  readonly lr: number;
  readonly beta?: number;
}): Optimizer<NesterovState> {
  const lr = options.lr;
  const beta = options.beta ?? 0.9;
  requireFinite('nesterov', { lr, beta });
  const reach = lr * beta;
  return {
    name: 'nesterov',
    label: 'Nesterov momentum',
    hyper: { lr, beta },
    init: (w0) => ({ z: w0.map(() => 0) }),
    update: (_g, state, w, gradAt) => {
      const ahead = gradAt(w.map((wi, i) => wi - reach * state.z[i]));
      const z = state.z.map((zi, i) => beta * zi + ahead[i]);
      return { step: z.map((zi) => -(lr * zi)), state: { z } };
    },
    kernel: (w0) => {
      const n = w0.length;
      const z = new Float64Array(n);
      const look = new Float64Array(n);
      const ahead = new Float64Array(n);
      return {
        step(w, _g, gradInto) {
          for (let i = 0; i < n; i++) look[i] = w[i] - reach * z[i];
          gradInto(look, ahead);
          for (let i = 0; i < n; i++) {
            const zi = beta * z[i] + ahead[i];
            z[i] = zi;
            w[i] = w[i] + -(lr * zi);
          }
        },
      };
    },
  };
}
