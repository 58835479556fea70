/**
 * eˣ and tanh from exact operations only (+, −, ×, ÷ and scaling by powers of two), so a
 * network trains to the same bits in Node and in every browser. ECMAScript does not require
 * Math.exp or Math.tanh to be correctly rounded, and engines differ in the last bit; one such
 * bit, fed back through hundreds of training steps, is enough to change a reported epoch.
 * (The same reasoning as `portableLog` in lib/optim/random.ts.)
 */

// ln 2 split in two (Cody–Waite): k·LN2_HI is exact for |k| < 2¹¹, so x − k ln 2 loses nothing.
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;

// 2ᵏ for every k of a normal double, built by exact doublings and halvings.
const MIN_EXPONENT = -1022;
const MAX_EXPONENT = 1023;
const POWERS_OF_TWO = (() => {
  const table = new Float64Array(MAX_EXPONENT - MIN_EXPONENT + 1);
  table[-MIN_EXPONENT] = 1;
  for (let k = 1; k <= MAX_EXPONENT; k++) table[k - MIN_EXPONENT] = table[k - 1 - MIN_EXPONENT] * 2;
  for (let k = -1; k >= MIN_EXPONENT; k--)
    table[k - MIN_EXPONENT] = table[k + 1 - MIN_EXPONENT] * 0.5;
  return table;
})();

/**
 * e^x = 2^k · e^r with k = round(x / ln 2) and |r| ≤ ½ ln 2, and e^r by its Taylor series to the
 * r¹⁴ term (truncation below 2·10⁻¹⁷ relative). Relative error below 1e-15; 0 below e^-708
 * (subnormal results are flushed: the network never needs them), Infinity above e^709.7.
 */
export function portableExp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.78) return Infinity;
  if (x < -708) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Horner form of Σ rⁿ/n!, n = 0 … 14.
  let sum = 1;
  for (let n = 14; n >= 1; n--) sum = 1 + (r / n) * sum;
  // Split the scaling so that 2ᵏ itself stays a normal number at both ends of the range.
  if (k > MAX_EXPONENT) return sum * 2 * POWERS_OF_TWO[k - 1 - MIN_EXPONENT];
  if (k < MIN_EXPONENT) return sum * 0.5 * POWERS_OF_TWO[k + 1 - MIN_EXPONENT];
  return sum * POWERS_OF_TWO[k - MIN_EXPONENT];
}

/** tanh x = sign(x) · (1 − e^{−2|x|}) / (1 + e^{−2|x|}), from `portableExp`. */
export function portableTanh(x: number): number {
  const e = portableExp(-2 * Math.abs(x));
  const t = (1 - e) / (1 + e);
  return x < 0 ? -t : t;
}
