import { chain, type ChainedOptimizer } from './chain';
import { scaleByRms } from './transforms';

/**
 * RMSProp: s_{k+1} = ρ s_k + (1 - ρ) g_k^2, \quad w_{k+1} = w_k - α\, g_k / (\sqrt{s_{k+1}} + ε)
 * (element-wise, s₀ = 0): `chain(scaleByRms(ρ, ε), scaleByLearningRate(α))`.
 * @param lr step size α > 0.
 * @param decay ρ in [0, 1). Default 0.9 (as optax).
 * @param eps ε > 0 guarding the division. Default 1e-8.
 * Reference: G. Hinton, Coursera "Neural Networks for Machine Learning", lecture 6e, 2012.
 */
export function rmsprop(options: {
  readonly lr: number;
  readonly decay?: number;
  readonly eps?: number;
}): ChainedOptimizer {
  const lr = options.lr;
  const decay = options.decay ?? 0.9;
  const eps = options.eps ?? 1e-8;
  return chain({
    name: 'rmsprop',
    label: 'RMSProp',
    hyper: { lr, decay, eps },
    stages: [scaleByRms(decay, eps)],
    lr,
  });
}
