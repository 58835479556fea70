import { chain, type ChainedOptimizer } from './chain';
import { trace } from './transforms';

/**
 * Polyak's heavy ball, in the course's (and PyTorch's) convention:
 *
 * z_{k+1} = β z_k + ∇f(w_k), \quad w_{k+1} = w_k - α z_{k+1}, \quad z_0 = 0.
 *
 * `chain(trace(β), scaleByLearningRate(α))`, its velocity z kept as the state vector `v`.
 * β = 0 is gradient descent exactly. On a quadratic it converges iff 0 < αλᵢ < 2 + 2β for
 * 0 ≤ β < 1 (see `momentumRate`).
 * @param lr step size α > 0.
 * @param beta momentum β, usually in [0, 1); 0 is legitimate. Default 0.9.
 * Reference: B. T. Polyak, "Some methods of speeding up the convergence of iteration methods", 1964.
 */
export function heavyBall(options: {
  readonly lr: number;
  readonly beta?: number;
}): ChainedOptimizer {
  const lr = options.lr;
  const beta = options.beta ?? 0.9;
  return chain({
    name: 'heavy-ball',
    label: 'Momentum (heavy ball)',
    hyper: { lr, beta },
    stages: [trace(beta)],
    lr,
  });
}
