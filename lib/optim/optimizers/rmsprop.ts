import type { Optimizer, Vector } from '../types';
import { requireFinite } from './validate';

/** The moving average s of squared gradients. */
export interface RmspropState {
  readonly s: Vector;
}

/**
 * RMSProp: s_{k+1} = ρ s_k + (1 - ρ) g_k^2, \quad w_{k+1} = w_k - α\, g_k / (\sqrt{s_{k+1}} + ε)
 * (element-wise, s₀ = 0).
 * @param lr step size α > 0.
 * @param decay ρ in [0, 1). Default 0.9 (as optax).
 * @param eps ε > 0 guarding the division. Default 1e-8.
 * Reference: G. Hinton, Coursera "Neural Networks for Machine Learning", lecture 6e, 2012.
 */
export function rmsprop(options: {
  readonly lr: number;
  readonly decay?: number;
  readonly eps?: number;
}): Optimizer<RmspropState> {
  const lr = options.lr;
  const decay = options.decay ?? 0.9;
  const eps = options.eps ?? 1e-8;
  requireFinite('rmsprop', { lr, decay, eps });
  const keep = 1 - decay;
  return {
    name: 'rmsprop',
    label: 'RMSProp',
    hyper: { lr, decay, eps },
    init: (w0) => ({ s: w0.map(() => 0) }),
    update: (g, state) => {
      const s = state.s.map((si, i) => decay * si + keep * (g[i] * g[i]));
      return { step: g.map((gi, i) => -((lr * gi) / (Math.sqrt(s[i]) + eps))), state: { s } };
    },
    kernel: (w0) => {
      const s = new Float64Array(w0.length);
      return {
        step(w, g) {
          for (let i = 0; i < w.length; i++) {
            const gi = g[i];
            const si = decay * s[i] + keep * (gi * gi);
            s[i] = si;
            w[i] = w[i] + -((lr * gi) / (Math.sqrt(si) + eps));
          }
        },
      };
    },
  };
}
