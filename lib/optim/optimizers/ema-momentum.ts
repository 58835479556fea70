import { chain, type ChainedOptimizer } from './chain';
import { ema } from './transforms';

/**
 * Momentum as an exponential moving average of gradients:
 *
 * v_{k+1} = β v_k + (1 - β) ∇f(w_k), \quad w_{k+1} = w_k - α' v_{k+1}, \quad v_0 = 0.
 *
 * `chain(ema(β), scaleByLearningRate(α'))`. It produces the same iterates as `heavyBall` with
 * α = α'(1 − β) (up to rounding).
 * @param lr step size α' > 0.
 * @param beta averaging rate β in [0, 1); 0 is legitimate. Default 0.9.
 */
export function emaMomentum(options: {
  readonly lr: number;
  readonly beta?: number;
}): ChainedOptimizer {
  const lr = options.lr;
  const beta = options.beta ?? 0.9;
  return chain({
    name: 'ema-momentum',
    label: 'Momentum (moving average)',
    hyper: { lr, beta },
    stages: [ema(beta)],
    lr,
  });
}
