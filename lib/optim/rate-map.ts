/**
 * The (α, β) plane coloured by the heavy ball's convergence rate over a spectrum — the
 * "rate map" figure. Evaluated from the closed form, so a 200×200 map takes well under 2 ms.
 */

/** Region codes of {@link rateMap}'s `regions`. */
export const RateRegion = {
  /** All roots real over the spectrum: monotone, no ringing. */
  real: 0,
  /** Some λ in [λmin, λmax] has complex roots: the iterate overshoots and rings. */
  complex: 1,
  /** Rate ≥ 1: the run does not converge. */
  diverges: 2,
} as const;
/** A value of {@link RateRegion}. */
export type RateRegionCode = (typeof RateRegion)[keyof typeof RateRegion];

/** An inclusive evenly spaced axis [lo, hi] with n ≥ 1 samples (n = 1 gives [lo]). */
export type AxisSpec = readonly [lo: number, hi: number, n: number];

/** Options of {@link rateMap}. */
export interface RateMapOptions {
  /** Smallest and largest Hessian eigenvalue, 0 < λmin ≤ λmax. */
  readonly lambdaMin: number;
  readonly lambdaMax: number;
  /** Step sizes α (columns). */
  readonly alpha: AxisSpec;
  /** Momentum values β (rows), normally within [0, 1). */
  readonly beta: AxisSpec;
}

/** The sampled map. */
export interface RateMap {
  readonly alphas: Float64Array;
  readonly betas: Float64Array;
  /** rates[r·alphas.length + c] = rate at (α = alphas[c], β = betas[r]): beta rows × alpha columns. */
  readonly rates: Float64Array;
  /** Same layout; codes from {@link RateRegion}. */
  readonly regions: Uint8Array;
}

/** n evenly spaced values from lo to hi inclusive. */
export function linspace(lo: number, hi: number, n: number): Float64Array {
  const out = new Float64Array(n);
  if (n === 1) {
    out[0] = lo;
    return out;
  }
  for (let i = 0; i < n; i++) out[i] = lo + ((hi - lo) * i) / (n - 1);
  return out;
}

/**
 * rate(α, β) = \max_{λ ∈ \{λ_{min}, λ_{max}\}} \max(|σ_1|, |σ_2|) (the same value as
 * momentumSpectrumRate, inlined for speed), on a grid of α × β.
 *
 * A cell is 'complex' when the interval [αλmin, αλmax] meets ((1 − √β)², (1 + √β)²), the values
 * of αλ with complex roots, even if the endpoints themselves have real roots.
 */
export function rateMap(options: RateMapOptions): RateMap {
  const { lambdaMin, lambdaMax } = options;
  const alphas = linspace(options.alpha[0], options.alpha[1], options.alpha[2]);
  const betas = linspace(options.beta[0], options.beta[1], options.beta[2]);
  const nA = alphas.length;
  const nB = betas.length;
  const rates = new Float64Array(nA * nB);
  const regions = new Uint8Array(nA * nB);
  for (let r = 0; r < nB; r++) {
    const beta = betas[r];
    const rootBeta = Math.sqrt(beta);
    const fourBeta = 4 * beta;
    const lowComplex = (1 - rootBeta) * (1 - rootBeta);
    const highComplex = (1 + rootBeta) * (1 + rootBeta);
    const row = r * nA;
    for (let c = 0; c < nA; c++) {
      const alpha = alphas[c];
      const b1 = 1 - alpha * lambdaMin + beta;
      const d1 = b1 * b1 - fourBeta;
      const rate1 = d1 < 0 ? rootBeta : (Math.abs(b1) + Math.sqrt(d1)) / 2;
      const b2 = 1 - alpha * lambdaMax + beta;
      const d2 = b2 * b2 - fourBeta;
      const rate2 = d2 < 0 ? rootBeta : (Math.abs(b2) + Math.sqrt(d2)) / 2;
      const rate = rate1 > rate2 ? rate1 : rate2;
      rates[row + c] = rate;
      regions[row + c] =
        rate >= 1
          ? RateRegion.diverges
          : alpha * lambdaMin < highComplex && alpha * lambdaMax > lowComplex
            ? RateRegion.complex
            : RateRegion.real;
    }
  }
  return { alphas, betas, rates, regions };
}
