import { describe, expect, it } from 'vitest';
import {
  levelENotation,
  exponential,
  megabytes,
  powerOfTen,
  powerOfTenParts,
  rounded,
  shortNumber,
  significant,
} from './format';
import { randomMagnitudes } from '@/lib/test/random-magnitudes';

const samples = () => randomMagnitudes(9);

describe('the power-of-ten split', () => {
  it('splits into a two-digit mantissa in [1, 10) and an exponent', () => {
    expect(powerOfTenParts(1e-4)).toEqual({ mantissa: '1', exponent: -4 });
    expect(powerOfTenParts(5e-3)).toEqual({ mantissa: '5', exponent: -3 });
    expect(powerOfTenParts(2.5e-4)).toEqual({ mantissa: '2.5', exponent: -4 });
    expect(powerOfTenParts(300)).toEqual({ mantissa: '3', exponent: 2 });
  });

  it('carries a mantissa that rounds up to 10 into the exponent', () => {
    expect(powerOfTenParts(9.99e-5)).toEqual({ mantissa: '1', exponent: -4 });
    expect(powerOfTen(9.99e-5)).toBe('10⁻⁴');
  });

  it('is null for a number it cannot split', () => {
    for (const x of [0, -1e-4, Infinity, NaN]) expect(powerOfTenParts(x)).toBeNull();
  });

  it('rounds its mantissa as significant() does, decimal ties included', () => {
    // 4.65e-3 is a tie as written; its binary value is a little below it.
    expect(powerOfTenParts(4.65e-3)).toEqual({ mantissa: '4.7', exponent: -3 });
    expect(powerOfTenParts(4.65e-3)!.mantissa).toBe(exponential(4.65e-3, 1).split('e')[0]);
    for (const x of samples().filter((v) => v > 0)) {
      const { mantissa, exponent } = powerOfTenParts(x)!;
      expect(mantissa).toBe(significant(Number(exponential(x, 5)) / 10 ** exponent, 2));
    }
    expect(powerOfTenParts(5e-324)).toEqual({ mantissa: '5', exponent: -324 });
  });

  it('prints a goal as exactly as it was set, so a loss near it never prints alike', () => {
    expect(levelENotation(1.16e-4)).toBe('1.16e-4');
    expect(levelENotation(9.99e-5)).toBe('9.99e-5');
    expect(levelENotation(0.1 + 0.2)).toBe('3e-1');
    expect(powerOfTenParts(1.16e-4, 6)).toEqual({ mantissa: '1.16', exponent: -4 });
  });

  it('writes a goal in e-notation as toExponential writes a one-digit one', () => {
    for (const x of [1e-4, 1e-5, 1e-6, 5e-3, 2e-7, 1, 3e2])
      expect(levelENotation(x)).toBe(x.toExponential(0));
    expect(levelENotation(2.5e-4)).toBe('2.5e-4');
  });
});

describe('exponential', () => {
  it('agrees with toExponential off the ties', () => {
    for (const x of samples())
      for (const digits of [0, 1, 2]) expect(exponential(x, digits)).toBe(x.toExponential(digits));
  });

  it('prints zero, a carry and non-finite values as toExponential does', () => {
    expect(exponential(0, 1)).toBe('0.0e+0');
    expect(exponential(9.96e-7, 1)).toBe('1.0e-6');
    expect(exponential(Infinity, 1)).toBe('Infinity');
  });
});

describe('rounded', () => {
  it('drops float noise and writes the rounded number as JavaScript does', () => {
    expect(rounded(0.1 + 0.2, 6)).toBe('0.3');
    expect(rounded(1.23456e-7, 3)).toBe('1.23e-7');
    expect(rounded(-2 / 3, 3)).toBe('-0.667');
    expect(rounded(2e21, 3)).toBe('2e+21');
  });

  it('agrees with String(Number(x.toPrecision(d))) off the ties', () => {
    for (const x of samples())
      for (const digits of [3, 6])
        expect(rounded(x, digits)).toBe(String(Number(x.toPrecision(digits))));
  });
});

describe('shortNumber', () => {
  it('prints six significant digits in the middle range and exponent form outside it', () => {
    expect(shortNumber(0)).toBe('0');
    expect(shortNumber(0.1 + 0.2)).toBe('0.3');
    expect(shortNumber(-3.5)).toBe('-3.5');
    expect(shortNumber(0.001)).toBe('0.001');
    expect(shortNumber(1.5e-4)).toBe('1.5e-4');
    expect(shortNumber(1e-6)).toBe('1e-6');
    expect(shortNumber(1.05e-4)).toBe('1.05e-4');
    expect(shortNumber(250000)).toBe('2.5e+5');
  });
});

describe('megabytes', () => {
  it('prints a byte count in MB with one decimal', () => {
    expect(megabytes(1_234_567)).toBe('1.2');
    expect(megabytes(600e6)).toBe('600.0');
    expect(megabytes(0)).toBe('0.0');
  });
});
