import type { Optimizer, Vector } from '../types';
import { requireFinite } from './validate';

/** First and second moment estimates, and β₁ᵏ, β₂ᵏ for bias correction. */
export interface AdamState {
  readonly m: Vector;
  readonly v: Vector;
  readonly beta1Power: number;
  readonly beta2Power: number;
}

/**
 * Adam with bias correction (element-wise, m₀ = v₀ = 0, k counts from 1):
 *
 * m_k = β_1 m_{k-1} + (1-β_1) g, \quad v_k = β_2 v_{k-1} + (1-β_2) g^2,\quad
 * w_k = w_{k-1} - α\, \frac{m_k/(1-β_1^k)}{\sqrt{v_k/(1-β_2^k)} + ε}.
 *
 * β₁ᵏ and β₂ᵏ are kept as running products (exact arithmetic, same in every engine).
 * @param lr step size α > 0. @param beta1 default 0.9. @param beta2 default 0.999.
 * @param eps default 1e-8.
 * Reference: D. P. Kingma, J. Ba, "Adam: A method for stochastic optimization", ICLR 2015.
 */
export function adam(options: {
  readonly lr: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly eps?: number;
}): Optimizer<AdamState> {
  const lr = options.lr;
  const beta1 = options.beta1 ?? 0.9;
  const beta2 = options.beta2 ?? 0.999;
  const eps = options.eps ?? 1e-8;
  requireFinite('adam', { lr, beta1, beta2, eps });
  const keep1 = 1 - beta1;
  const keep2 = 1 - beta2;
  return {
    name: 'adam',
    label: 'Adam',
    hyper: { lr, beta1, beta2, eps },
    init: (w0) => ({ m: w0.map(() => 0), v: w0.map(() => 0), beta1Power: 1, beta2Power: 1 }),
    update: (g, state) => {
      const beta1Power = state.beta1Power * beta1;
      const beta2Power = state.beta2Power * beta2;
      const c1 = 1 - beta1Power;
      const c2 = 1 - beta2Power;
      const m = state.m.map((mi, i) => beta1 * mi + keep1 * g[i]);
      const v = state.v.map((vi, i) => beta2 * vi + keep2 * (g[i] * g[i]));
      const step = m.map((mi, i) => -((lr * (mi / c1)) / (Math.sqrt(v[i] / c2) + eps)));
      return { step, state: { m, v, beta1Power, beta2Power } };
    },
    kernel: (w0) => {
      const n = w0.length;
      const m = new Float64Array(n);
      const v = new Float64Array(n);
      let beta1Power = 1;
      let beta2Power = 1;
      return {
        step(w, g) {
          beta1Power = beta1Power * beta1;
          beta2Power = beta2Power * beta2;
          const c1 = 1 - beta1Power;
          const c2 = 1 - beta2Power;
          for (let i = 0; i < n; i++) {
            const gi = g[i];
            const mi = beta1 * m[i] + keep1 * gi;
            const vi = beta2 * v[i] + keep2 * (gi * gi);
            m[i] = mi;
            v[i] = vi;
            w[i] = w[i] + -((lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps));
          }
        },
      };
    },
  };
}
