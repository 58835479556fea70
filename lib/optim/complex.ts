/**
 * A tiny complex-number helper for the closed forms (roots of the momentum matrix and their
 * powers). Values are plain immutable records.
 */

/** z = re + i·im. */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

/** The complex number re + i·im (im defaults to 0). */
export const complex = (re: number, im = 0): Complex => ({ re, im });
/** a + b. */
export const cadd = (a: Complex, b: Complex): Complex => ({ re: a.re + b.re, im: a.im + b.im });
/** a − b. */
export const csub = (a: Complex, b: Complex): Complex => ({ re: a.re - b.re, im: a.im - b.im });
/** a·b = (aᵣbᵣ − aᵢbᵢ) + i(aᵣbᵢ + aᵢbᵣ). */
export const cmul = (a: Complex, b: Complex): Complex => ({
  re: a.re * b.re - a.im * b.im,
  im: a.re * b.im + a.im * b.re,
});
/** a / b = a·conj(b)/|b|²; b ≠ 0. */
export function cdiv(a: Complex, b: Complex): Complex {
  const d = b.re * b.re + b.im * b.im;
  return { re: (a.re * b.re + a.im * b.im) / d, im: (a.im * b.re - a.re * b.im) / d };
}
/** |z|, without overflow for large parts. */
export const cabs = (z: Complex): number => Math.hypot(z.re, z.im);
/** zᵏ for an integer k ≥ 0, by polar form (0⁰ = 1). */
export function cpow(z: Complex, k: number): Complex {
  if (k === 0) return { re: 1, im: 0 };
  if (z.im === 0) return { re: Math.pow(z.re, k), im: 0 };
  const r = Math.pow(cabs(z), k);
  const t = Math.atan2(z.im, z.re) * k;
  return { re: r * Math.cos(t), im: r * Math.sin(t) };
}
