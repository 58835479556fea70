/**
 * The exponential moving average behind momentum (MATH.md, "Exponential moving average").
 */

/**
 * The running averages v_k = β v_{k-1} + (1 - β) g_k, v₀ = 0, for the inputs g₁ … gₙ; returns
 * [v₁, …, vₙ]. With `biasCorrection` each vₖ is divided by 1 − βᵏ (the sum of its weights), as in
 * Adam. β ∈ [0, 1); β = 0 returns the inputs.
 */
export function ema(
  values: readonly number[],
  beta: number,
  options: { readonly biasCorrection?: boolean } = {},
): number[] {
  const correct = options.biasCorrection ?? false;
  const out = new Array<number>(values.length);
  let v = 0;
  let power = 1;
  for (let k = 0; k < values.length; k++) {
    v = beta * v + (1 - beta) * values[k];
    power *= beta;
    out[k] = correct ? v / (1 - power) : v;
  }
  return out;
}

/**
 * The weight of the gradient from j steps ago in vₖ: (1 − β)βʲ for j = 0 … k−1 (newest first).
 * They sum to 1 − βᵏ.
 */
export function emaWeights(beta: number, k: number): number[] {
  return Array.from({ length: k }, (_, j) => (1 - beta) * Math.pow(beta, j));
}

/** The effective averaging window 1/(1 − β) steps: β = 0.9 → 10, β = 0.99 → 100. */
export function effectiveWindow(beta: number): number {
  return 1 / (1 - beta);
}

/**
 * The steady-state magnitude of the average of an alternating input +a, −a, +a, … relative to a:
 * (1 − β)/(1 + β). This is why momentum damps the zig-zag direction.
 */
export function alternatingAmplitude(beta: number): number {
  return (1 - beta) / (1 + beta);
}

/**
 * The average of a constant input c after k steps relative to c: 1 − βᵏ (tending to 1: the
 * consistent direction is kept).
 */
export function constantAverage(beta: number, k: number): number {
  return 1 - Math.pow(beta, k);
}
