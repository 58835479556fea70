import type { Vector } from './types';

/**
 * The heavy ball unrolled into a weighted sum of past gradients:
 *
 * w^{k+1} = w^0 - α \sum_{i=0}^{k} \frac{1 - β^{k+1-i}}{1 - β}\, ∇f(w^i)
 *
 * (minus sign: the Distill article prints +, an erratum). `grads[i]` is ∇f(wⁱ) for i = 0…k; the
 * result is wᵏ⁺¹. The weight (1 − βᵐ)/(1 − β) = 1 + β + … + βᵐ⁻¹ is summed directly when β = 1.
 */
export function unrolledMomentum(
  w0: Vector,
  grads: readonly Vector[],
  lr: number,
  beta: number,
): number[] {
  const k1 = grads.length;
  const out = Array.from(w0);
  for (let i = 0; i < k1; i++) {
    const m = k1 - i;
    const weight = beta === 1 ? m : (1 - Math.pow(beta, m)) / (1 - beta);
    const g = grads[i];
    for (let j = 0; j < out.length; j++) out[j] -= lr * weight * g[j];
  }
  return out;
}
