import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readMnistPackage } from '@/scripts/nn/read-mnist';
import { decodeDigits } from '../digits';
import { TRAIN_DIGITS } from '../settings';
import { makeDigitAsset, serializeDigitAsset, shrinkDigit, type DigitAsset } from './make-digits';

const shippedText = readFileSync(new URL('./mnist-14px.json', import.meta.url), 'utf8');
const shipped = JSON.parse(shippedText) as DigitAsset;

describe('the shipped digits (lib/nn/data/mnist-14px.json)', () => {
  it('are byte for byte what scripts/nn/make-digits.ts makes from the mnist package', () => {
    expect(serializeDigitAsset(makeDigitAsset(readMnistPackage())) === shippedText).toBe(true);
  });

  it('hold 3,000 training and 1,000 test digits, every class equally often', () => {
    const digits = decodeDigits(shipped);
    expect(digits.train.n).toBe(3000);
    // The size the pages use before the asset has loaded.
    expect(TRAIN_DIGITS).toBe(digits.train.n);
    expect(digits.test.n).toBe(1000);
    for (const [split, perClass] of [
      [digits.train, 300],
      [digits.test, 100],
    ] as const) {
      const counts = new Array(10).fill(0);
      split.labels.forEach((l) => counts[l]++);
      expect(counts).toEqual(new Array(10).fill(perClass));
    }
  });

  it('stay within 250 KB gzip and name their source and licence', () => {
    expect(gzipSync(shippedText, { level: 9 }).length).toBeLessThan(250 * 1024);
    expect(shipped.source).toMatch(/MNIST/);
    expect(shipped.license).toMatch(/Creative Commons Attribution-Share Alike 3\.0/);
  });
});

describe('shrinkDigit', () => {
  it('averages 2×2 blocks and maps full ink to level f and paper to 0', () => {
    const source = new Array(784).fill(0);
    // Fully inked top-left block, half-inked next block.
    for (const [y, x] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [0, 2],
      [1, 3],
    ])
      source[y * 28 + x] = 1;
    const pixels = shrinkDigit(source, 0);
    expect(pixels).toHaveLength(196);
    expect(pixels[0]).toBe('f');
    expect(pixels[1]).toBe('8'); // mean 127.5 of 255 → 7.5 of 15, rounded half up
    expect(pixels.slice(2)).toBe('0'.repeat(194));
  });
});

describe('decodeDigits', () => {
  it('keeps only inked pixels in the sparse rows, scaled to (0, 1]', () => {
    const digits = decodeDigits(shipped);
    const { train } = digits;
    for (let i = 0; i < 5; i++) {
      const dense = train.pixels.slice(i * 196, (i + 1) * 196);
      const inked = [...dense].filter((v) => v > 0).length;
      expect(train.rowStart[i + 1] - train.rowStart[i]).toBe(inked);
    }
    expect(train.value.reduce((a, b) => Math.max(a, b), 0)).toBe(1);
    expect(train.value.reduce((a, b) => Math.min(a, b), 1)).toBeGreaterThan(0);
  });

  it('says what is wrong with a damaged asset', () => {
    const cut = { ...shipped, test: { ...shipped.test, pixels: shipped.test.pixels.slice(1) } };
    expect(() => decodeDigits(cut)).toThrow(/pixels/);
    const bad = {
      ...shipped,
      test: { ...shipped.test, labels: `x${shipped.test.labels.slice(1)}` },
    };
    expect(() => decodeDigits(bad)).toThrow(/label 0/);
  });
});
