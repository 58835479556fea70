import { describe, expect, it } from 'vitest';
import { eNotation, subscript, timesTenTo } from './format';
import { randomMagnitudes } from '@/lib/test/random-magnitudes';

const samples = () => randomMagnitudes(12);

describe('subscripts', () => {
  it('writes an index as subscript digits', () => {
    expect(subscript(1)).toBe('₁');
    expect(subscript(40)).toBe('₄₀');
    expect(subscript(-3)).toBe('₋₃');
  });
});

describe('scientific notation', () => {
  it('prints a mantissa with one decimal and the exponent after an e', () => {
    expect(eNotation(3.2e-4)).toBe('3.2e-4');
    expect(eNotation(-3.2e-4)).toBe('-3.2e-4');
    expect(eNotation(1e-6)).toBe('1.0e-6');
    expect(eNotation(123456)).toBe('1.2e5');
    expect(eNotation(5.5e-4, 2)).toBe('5.50e-4');
  });

  it('moves a mantissa that rounds up to 10 to the next power', () => {
    expect(eNotation(9.96e21)).toBe('1.0e22');
    expect(eNotation(0.00999)).toBe('1.0e-2');
    expect(timesTenTo(9.97e-5)).toBe('1.0×10⁻⁴');
  });

  it('agrees with toExponential for every magnitude off a decimal tie', () => {
    for (const x of samples()) {
      const [mantissa, exponent] = x.toExponential(1).split('e');
      expect(eNotation(x)).toBe(`${mantissa}e${Number(exponent)}`);
    }
  });

  it('writes the power of ten with a superscript exponent', () => {
    expect(timesTenTo(1.3e8)).toBe('1.3×10⁸');
    expect(timesTenTo(2e-5)).toBe('2.0×10⁻⁵');
    expect(timesTenTo(4.56e-3, 2)).toBe('4.56×10⁻³');
  });

  it('passes infinities and NaN through as words', () => {
    expect(eNotation(Infinity)).toBe('Infinity');
    expect(timesTenTo(NaN)).toBe('NaN');
  });
});
