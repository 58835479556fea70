import { describe, expect, it } from 'vitest';
import {
  fewerOrMore,
  fixed,
  percent,
  powerOfTen,
  significant,
  superscript,
  upToDecimals,
} from './format';
import { randomMagnitudes } from '@/lib/test/random-magnitudes';

/** The figures' magnitudes, tiny step sizes to large step counts, and a few exact values. */
const samples = () => randomMagnitudes(6, 7).concat([0, 0.5, 1, 2.5, 1 / 3, 2 / 3, 1234.5]);

describe('significant digits', () => {
  it('prints three significant digits with trailing zeros dropped', () => {
    expect(significant(1 / 3)).toBe('0.333');
    expect(significant(0.5)).toBe('0.5');
    expect(significant(1234.5)).toBe('1230');
    expect(significant(0.000123456)).toBe('0.000123');
    expect(significant(2)).toBe('2');
  });

  it('agrees with toPrecision for every magnitude the figures print', () => {
    for (const x of samples()) {
      for (const digits of [2, 3, 4]) {
        expect(significant(x, digits)).toBe(String(Number(x.toPrecision(digits))));
      }
    }
  });

  it('rounds a decimal tie as written, where toPrecision rounds the binary value below it', () => {
    // 9.995 is stored as 9.99499…: toPrecision(3) gives "9.99", a reader expects "10".
    expect(significant(9.995, 3)).toBe('10');
    expect(fixed(9.995, 2)).toBe('10.00');
  });

  it('never prints a negative zero', () => {
    expect(significant(-0)).toBe('0');
    expect(upToDecimals(-0.0001, 2)).toBe('0');
  });

  it('passes infinities and NaN through as words', () => {
    expect(significant(Infinity)).toBe('Infinity');
    expect(fixed(NaN, 2)).toBe('NaN');
  });
});

describe('decimals', () => {
  it('prints a fixed number of decimals as toFixed does, but for the sign of a zero', () => {
    for (const x of samples().filter((v) => Math.abs(v) < 1e6 && Math.abs(v) > 1e-3)) {
      for (const digits of [0, 1, 2, 3]) {
        expect(fixed(x, digits)).toBe(x.toFixed(digits).replace(/^-(0(\.0+)?)$/, '$1'));
      }
    }
  });

  it('drops trailing zeros when asked for at most so many decimals', () => {
    expect(upToDecimals(2, 1)).toBe('2');
    expect(upToDecimals(2.25, 1)).toBe('2.3');
    expect(upToDecimals(0.1 + 0.2, 3)).toBe('0.3');
    expect(upToDecimals(12.3456, 2)).toBe('12.35');
  });
});

describe('percentages and powers of ten', () => {
  it('prints a fraction as a percentage to three significant digits', () => {
    expect(percent(0.01)).toBe('1%');
    expect(percent(0.0125)).toBe('1.25%');
    expect(percent(1 / 3)).toBe('33.3%');
  });

  it('writes exponents as superscripts', () => {
    expect(superscript(-6)).toBe('⁻⁶');
    expect(superscript(12)).toBe('¹²');
  });

  it('prints a loss level as a power of ten, with a mantissa when it is not one', () => {
    expect(powerOfTen(1e-6)).toBe('10⁻⁶');
    expect(powerOfTen(3e-5)).toBe('3 × 10⁻⁵');
    expect(powerOfTen(1000)).toBe('10³');
    expect(powerOfTen(2.5e-3)).toBe('2.5 × 10⁻³');
    expect(powerOfTen(0)).toBe('0');
  });
});

describe('fewerOrMore', () => {
  it('gives the ratio when it is clear of 1.0×', () => {
    expect(fewerOrMore(28, 97)).toBe('3.5× fewer');
    expect(fewerOrMore(97, 28)).toBe('3.5× more');
    expect(fewerOrMore(20, 21)).toBe('1.1× fewer'); // 1.05 rounds up
  });

  it('never says 1.0×: close counts get their difference, equal ones "as many"', () => {
    expect(fewerOrMore(40, 41)).toBe('1 fewer');
    expect(fewerOrMore(100, 103)).toBe('3 fewer');
    expect(fewerOrMore(103, 100)).toBe('3 more');
    expect(fewerOrMore(12, 12)).toBe('as many');
    expect(fewerOrMore(40, 41, 'epochs')).toBe('1 fewer epoch');
    expect(fewerOrMore(98, 100, 'epochs')).toBe('2 fewer epochs');
    expect(fewerOrMore(12, 12, 'epochs')).toBe('as many epochs');
    for (let base = 1; base < 300; base++)
      for (const count of [base - 2, base - 1, base, base + 1, base + 2].filter((c) => c > 0))
        expect(fewerOrMore(count, base)).not.toMatch(/1\.0×|0\.\d×/);
  });
});
