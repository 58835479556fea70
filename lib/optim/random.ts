/**
 * Seeded randomness that gives the same numbers in Node and in every browser.
 *
 * Math.random cannot be seeded, and Math.log/cos/sin are not required by the ECMAScript
 * standard to be correctly rounded, so engines may differ in the last bit. The generator
 * below uses only 32-bit integer operations and the Gaussians use only +, −, ×, ÷ and √,
 * which IEEE 754 fixes exactly; a run with the same seed is therefore bit-identical anywhere.
 */

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * mulberry32: a 32-bit-state generator (Tommy Ettinger), enough for teaching noise and shuffles.
 * Returns numbers k / 2³² in [0, 1); the seed is any number (taken modulo 2³²).
 */
export function mulberry32(seed: number): Uniform {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Natural logarithm from exact operations only: x = m·2ᵉ with m ∈ [√½, √2), then
 * \ln m = 2\,\operatorname{artanh} s = 2(s + s^3/3 + s^5/5 + …), s = (m−1)/(m+1), |s| ≤ 0.172.
 * Twelve terms reach double precision (relative error below 1e-15). Domain x > 0, finite.
 */
export function portableLog(x: number): number {
  let m = x;
  let e = 0;
  // Scaling by 2 is exact, so the reduction introduces no rounding.
  while (m >= Math.SQRT2) {
    m *= 0.5;
    e++;
  }
  while (m < Math.SQRT1_2) {
    m *= 2;
    e--;
  }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = 0;
  for (let j = 1; j <= 23; j += 2) {
    sum += term / j;
    term *= s2;
  }
  return 2 * sum + e * Math.LN2;
}

/**
 * A seeded standard normal generator N(0, 1) by Marsaglia's polar method: draw (u, v) uniform
 * in the unit disc, s = u² + v², and return u·√(−2 ln s / s) and then v·√(−2 ln s / s).
 * Reference: G. Marsaglia, T. Bray, "A convenient method for generating normal variables", 1964.
 */
export function gaussian(seed: number): () => number {
  const uniform = mulberry32(seed);
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * portableLog(s)) / s);
    spare = v * factor;
    hasSpare = true;
    return u * factor;
  };
}

/** A seeded Fisher–Yates shuffle of 0 … n−1 (a fresh array). */
export function shuffledIndices(n: number, uniform: Uniform): number[] {
  // A plain loop: Array.from with a mapping function costs more than the shuffle itself, and a
  // minibatch race shuffles once per epoch per racer.
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(uniform() * (i + 1));
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}
