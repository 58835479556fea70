/**
 * How the course prints numbers, in one place (Intl.NumberFormat, en-US digits, no grouping):
 * the figures' live sentences, legends and readouts, and the lessons' quoted numbers.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    // "negative": a value that rounds to zero prints "0", never "-0".
    f = new Intl.NumberFormat('en-US', { useGrouping: false, signDisplay: 'negative', ...options });
    formatters.set(key, f);
  }
  return f;
}

/**
 * x to `digits` significant digits, trailing zeros dropped: 1/3 → "0.333", 1234.5 → "1230",
 * 0.5 → "0.5". Rounds half away from zero; a tie is judged on the shortest decimal that reads
 * back as x (9.995 → "10"), where toPrecision judges the binary value (9.99499… → "9.99").
 */
export function significant(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  return formatter(`s${digits}`, { maximumSignificantDigits: digits }).format(x);
}

/**
 * x with exactly `digits` decimals: 0.5 → "0.50" (digits 2), as toFixed prints it for the
 * numbers figures show (unlike toFixed, never "-0.00", and no exponent form from 10²¹ on).
 */
export function fixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x);
  return formatter(`f${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x);
}

/** x with at most `digits` decimals, trailing zeros dropped: 2.0 → "2", 2.25 → "2.3" (digits 1). */
export function upToDecimals(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x);
  return formatter(`d${digits}`, { maximumFractionDigits: digits }).format(x);
}

/** A fraction as a percentage to `digits` significant digits: 0.01 → "1%", 0.0125 → "1.25%". */
export function percent(fraction: number, digits = 3): string {
  return `${significant(fraction * 100, digits)}%`;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** An integer as superscript digits: −6 → "⁻⁶". */
export function superscript(n: number): string {
  return String(n).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
}

/** 1e-6 → "10⁻⁶", 3e-5 → "3 × 10⁻⁵": how the figures print a loss level in prose. */
export function powerOfTen(value: number): string {
  const parts = powerOfTenParts(value);
  if (!parts) return String(value);
  const power = `10${superscript(parts.exponent)}`;
  return parts.mantissa === '1' ? power : `${parts.mantissa} × ${power}`;
}

/**
 * A positive number split as mantissa × 10^exponent, the mantissa to `digits` significant digits
 * in [1, 10), rounded as {@link significant} rounds: 3e-5 → { mantissa: "3", exponent: -5 },
 * 2.5e-4 → { "2.5", -4 }, 9.99e-5 → { "1", -4 } (a mantissa that rounds to 10 carries). The prose
 * and TeX renderings of a level share it, so they agree on the digits. Null for zero, a negative
 * or a non-finite x.
 */
export function powerOfTenParts(
  value: number,
  digits = 2,
): { mantissa: string; exponent: number } | null {
  if (!(value > 0) || !Number.isFinite(value)) return null;
  return intlScientific(
    formatter(`p${digits}`, { notation: 'scientific', maximumSignificantDigits: digits }),
    value,
  );
}

/**
 * A goal's loss level in e-notation, as exactly as it was set (up to six significant digits, so
 * a goal and a loss near it never print alike): 1e-5 → "1e-5", 2.5e-4 → "2.5e-4", 1.16e-4 →
 * "1.16e-4", 3 → "3e+0" (the exponent's sign always shown).
 */
export function levelENotation(value: number): string {
  if (!(value > 0) || !Number.isFinite(value)) return String(value);
  return Number(significant(value, 6)).toExponential();
}

/**
 * x in exponent form with exactly `digits` decimals, as toExponential writes it: 3.21e-7 →
 * "3.2e-7" (digits 1), 250000 → "2.50e+5" (digits 2). Rounds as {@link significant} does.
 */
export function exponential(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x);
  const { mantissa, exponent } = scientificParts(x, digits);
  return `${mantissa}e${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
}

/**
 * x to `digits` significant digits, written as JavaScript writes that number: 0.1 + 0.2 → "0.3"
 * (digits 6), 1.2345e-7 → "1.23e-7" (digits 3; exponent form below 10⁻⁶ and from 10²¹ on).
 */
export function rounded(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x);
  return String(Number(significant(x, digits)));
}

/**
 * A setting or an answer as the teacher's pages print it, short and without float noise: six
 * significant digits from 0.001 to 100000 (0.1 + 0.2 → "0.3"), else exponent form with up to two
 * decimals (1.5e-4 → "1.5e-4", 1e-6 → "1e-6", 250000 → "2.5e+5").
 */
export function shortNumber(x: number): string {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e5 || abs < 1e-3) return exponential(x, 2).replace(/\.?0+e/, 'e');
  return rounded(x, 6);
}

/** A file size in megabytes with one decimal, without the unit: 1_234_567 bytes → "1.2". */
export function megabytes(bytes: number): string {
  return fixed(bytes / 1e6, 1);
}

/**
 * A fraction as a percentage with exactly `decimals` decimals: 0.5 → "50.0%", 0.8766 → "87.7%"
 * (decimals 1). For a number that changes as a race streams (test accuracy), so its width holds.
 */
export function fixedPercent(fraction: number, decimals: number): string {
  return `${fixed(fraction * 100, decimals)}%`;
}

const SUBSCRIPT: Record<string, string> = {
  '-': '₋',
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
};

/** An integer as subscript digits, for an index: 12 → "₁₂" (as in g₁₂, x₁ᵏ). */
export function subscript(n: number): string {
  return String(n).replace(/./g, (c) => SUBSCRIPT[c] ?? c);
}

/**
 * x in scientific notation with a mantissa of exactly `decimals` decimals, as Intl rounds it: a
 * mantissa that rounds up to 10 moves to the next power (9.96e21 → "1.0", 22).
 */
function scientificParts(x: number, decimals: number): { mantissa: string; exponent: number } {
  return intlScientific(
    formatter(`e${decimals}`, {
      notation: 'scientific',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }),
    x,
  );
}

/** The mantissa (sign included) and the exponent of x as a scientific Intl formatter prints it. */
function intlScientific(f: Intl.NumberFormat, x: number): { mantissa: string; exponent: number } {
  let mantissa = '';
  let exponent = '';
  for (const { type, value } of f.formatToParts(x)) {
    if (type === 'exponentMinusSign' || type === 'exponentInteger') exponent += value;
    else if (type !== 'exponentSeparator') mantissa += value;
  }
  return { mantissa, exponent: Number(exponent) };
}

/** 3.2e-4 → "3.2e-4", 9.96e21 → "1.0e22" (`decimals` mantissa decimals): a short loss in live text. */
export function eNotation(x: number, decimals = 1): string {
  if (!Number.isFinite(x)) return String(x);
  const { mantissa, exponent } = scientificParts(x, decimals);
  return `${mantissa}e${exponent}`;
}

/** 1.3e8 → "1.3×10⁸", 2e-5 → "2.0×10⁻⁵" (`decimals` mantissa decimals): a κ or a tiny step. */
export function timesTenTo(x: number, decimals = 1): string {
  if (!Number.isFinite(x)) return String(x);
  const { mantissa, exponent } = scientificParts(x, decimals);
  return `${mantissa}×10${superscript(exponent)}`;
}

/**
 * How a count compares with a baseline count, for a race's sentence: "3.1× fewer", "1.4× more";
 * the difference where the ratio would print as 1.0× ("2 fewer": 41 against 40 is not "1.0×
 * fewer"), and "as many" when they are equal. Both counts are positive. `noun`, a plural, is
 * appended ("1 fewer epoch", "2.0× more epochs").
 */
export function fewerOrMore(count: number, baseline: number, noun = ''): string {
  const withNoun = (text: string, plural = true) =>
    noun ? `${text} ${plural ? noun : noun.replace(/s$/, '')}` : text;
  if (count === baseline) return withNoun('as many');
  const word = count < baseline ? 'fewer' : 'more';
  const ratio = fixed(Math.max(count, baseline) / Math.min(count, baseline), 1);
  if (ratio !== fixed(1, 1)) return withNoun(`${ratio}× ${word}`);
  const gap = Math.abs(baseline - count);
  return withNoun(`${gap} ${word}`, gap !== 1);
}
