import { chain, type ChainedOptimizer } from './chain';
import { scaleByAdam } from './transforms';

/**
 * Adam with bias correction (element-wise, m₀ = v₀ = 0, k counts from 1):
 *
 * m_k = β_1 m_{k-1} + (1-β_1) g, \quad v_k = β_2 v_{k-1} + (1-β_2) g^2,\quad
 * w_k = w_{k-1} - α \left( \frac{m_k/(1-β_1^k)}{\sqrt{v_k/(1-β_2^k)} + ε} \right).
 *
 * `chain(scaleByAdam(β₁, β₂, ε), scaleByLearningRate(α))`, as optax builds it; v is kept as the
 * state vector `s`. β₁ᵏ and β₂ᵏ are kept as running products (exact arithmetic, same in every
 * engine).
 * @param lr step size α > 0. @param beta1 default 0.9. @param beta2 default 0.999.
 * @param eps default 1e-8.
 * Reference: D. P. Kingma, J. Ba, "Adam: A method for stochastic optimization", ICLR 2015.
 */
export function adam(options: {
  readonly lr: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly eps?: number;
}): ChainedOptimizer {
  const lr = options.lr;
  const beta1 = options.beta1 ?? 0.9;
  const beta2 = options.beta2 ?? 0.999;
  const eps = options.eps ?? 1e-8;
  return chain({
    name: 'adam',
    label: 'Adam',
    hyper: { lr, beta1, beta2, eps },
    stages: [scaleByAdam(beta1, beta2, eps)],
    lr,
  });
}
