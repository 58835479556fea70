import { chain, type ChainedOptimizer } from './chain';
import { lookAhead, trace } from './transforms';

/**
 * Nesterov's accelerated gradient, in look-ahead form:
 *
 * z_{k+1} = β z_k + ∇f(w_k - αβ z_k), \quad w_{k+1} = w_k - α z_{k+1}.
 *
 * The heavy ball's chain fed the gradient at the look-ahead point (`lookAhead`), its velocity z
 * kept as the state vector `v`. The form PyTorch and optax implement, z ← βz + ∇f(w̃),
 * w̃ ← w̃ − α(∇f(w̃) + βz), produces exactly the look-ahead points w̃ = w − αβz of this run. The
 * gradient at w itself is not used.
 * @param lr step size α > 0.
 * @param beta momentum β in [0, 1); 0 is legitimate. Default 0.9.
 * Reference: Y. Nesterov, 1983; I. Sutskever et al., "On the importance of initialization and
 * momentum in deep learning", ICML 2013.
 */
export function nesterov(options: {
  readonly lr: number;
  readonly beta?: number;
}): ChainedOptimizer {
  const lr = options.lr;
  const beta = options.beta ?? 0.9;
  return chain({
    name: 'nesterov',
    label: 'Nesterov momentum',
    hyper: { lr, beta },
    source: lookAhead(lr, beta),
    stages: [trace(beta)],
    lr,
  });
}
