/**
 * Every number the lessons quote in prose is computed here with the optimizer core (lib/optim)
 * and looked up in the lesson's text, formatted exactly as printed. If the prose and the core
 * ever disagree — a lesson edited by hand, or a change in lib/optim — this file fails and names
 * the number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alternatingAmplitude,
  constantAverage,
  effectiveWindow,
  emaWeights,
} from '@/lib/optim';

const LESSONS = path.join(process.cwd(), 'content', 'lessons');

/** A lesson's source with every run of whitespace collapsed to one space (prose wraps lines). */
function lesson(prefix: string): string {
  const file = fs.readdirSync(LESSONS).find((f) => f.startsWith(prefix) && f.endsWith('.mdx'));
  if (!file) throw new Error(`no lesson file starting with ${prefix}`);
  return fs.readFileSync(path.join(LESSONS, file), 'utf8').replace(/\s+/g, ' ');
}

/** Asserts that `text` contains each quoted string, naming the first one missing. */
function expectQuoted(text: string, ...quotes: string[]): void {
  for (const q of quotes) expect(text.includes(q), `the lesson should contain: ${q}`).toBe(true);
}

const fixed = (x: number, digits: number) => x.toFixed(digits);

describe('lesson 2, moving averages, quotes the core', () => {
  const text = lesson('02-');

  it('quotes the effective windows 1/(1 − β) for β = 0.9 and 0.99', () => {
    expectQuoted(
      text,
      `With $\\beta = 0.9$ the window is ${fixed(effectiveWindow(0.9), 0)} steps; with $\\beta = 0.99$ it is ${fixed(effectiveWindow(0.99), 0)} steps`,
      `answer={${fixed(effectiveWindow(0.99), 0)}}`,
    );
  });

  it('quotes the weight (1 − β)βʲ of the input five steps back', () => {
    expectQuoted(text, `$0.1 \\cdot 0.9^5 = ${fixed(emaWeights(0.9, 6)[5], 3)}$`);
  });

  it('quotes the weight sums 1 − βᵏ', () => {
    expectQuoted(
      text,
      `$1 - 0.9^{10} = ${fixed(constantAverage(0.9, 10), 3)}$`,
      `$1 - 0.99^{10} = ${fixed(constantAverage(0.99, 10), 3)}$`,
      `$0.99^{100} \\approx ${fixed(1 - constantAverage(0.99, 100), 2)}`,
      `$0.9^{28} = ${fixed(1 - constantAverage(0.9, 28), 3)}$`,
      `$0.9^{29} = ${fixed(1 - constantAverage(0.9, 29), 3)}$`,
      `$0.9^{30} = ${fixed(1 - constantAverage(0.9, 30), 3)}$`,
      `$e^{-3} = ${fixed(Math.exp(-3), 3)}$`,
    );
  });

  it('quotes the alternating amplitude (1 − β)/(1 + β) at β = 0.9 and 0.5', () => {
    const a = alternatingAmplitude(0.9);
    expectQuoted(text, `$a/${fixed(1 / a, 0)} \\approx ${fixed(a, 3)}\\,a$`, `\\frac{0.1}{1.9} \\approx ${fixed(a, 3)}`);
    expect(alternatingAmplitude(0.5)).toBeCloseTo(1 / 3, 12);
    expectQuoted(text, 'With $\\beta = 0.5$ it is a third.');
    const range = text.match(/id="l2-alternating-09" range=\{\[([\d.]+), ([\d.]+)\]\}/);
    expect(range).not.toBeNull();
    expect(a).toBeGreaterThan(Number(range![1]));
    expect(a).toBeLessThan(Number(range![2]));
  });

  it('quotes the constant average c(1 − βᵏ) and the 29 steps to come within 5%', () => {
    const v3 = 2 * constantAverage(0.9, 3);
    expectQuoted(text, `answer={${fixed(v3, 3)}}`, `= ${fixed(v3, 3)}$`, `= 2 \\cdot ${fixed(constantAverage(0.9, 3), 3)}`);
    let k = 0;
    while (constantAverage(0.9, k) < 0.95) k++;
    expectQuoted(text, `takes ${k} steps before the average is within 5%`, `answer={${k}}`, `$k = ${k}$`);
    expectQuoted(text, `= ${fixed(Math.log(0.05) / Math.log(0.9), 1)}$`);
  });
});

describe('every lesson avoids the Distill errata', () => {
  const files = fs.readdirSync(LESSONS).filter((f) => f.endsWith('.mdx'));

  it('no lesson says the ringing rate is 2√β', () => {
    for (const f of files) {
      const text = fs.readFileSync(path.join(LESSONS, f), 'utf8');
      expect(text.includes('2\\sqrt{\\beta}'), f).toBe(false);
      expect(text.includes('2 \\sqrt{\\beta}'), f).toBe(false);
      expect(text.includes('2√β'), f).toBe(false);
    }
  });
});
