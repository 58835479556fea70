import type { DigitAsset, DigitSplitAsset } from './data/make-digits';

/**
 * Handwritten digits ready for training: labels, the 16-level pixels (for drawing), and each
 * digit's inked pixels as a sparse row. About three quarters of the pixels are blank paper, so
 * the first layer of the network visits only the inked ones: four times less work, same sums.
 */
export interface DigitSplit {
  /** Number of digits. */
  readonly n: number;
  /** Pixels per digit (side²). */
  readonly features: number;
  /** labels[i] ∈ 0 … 9. */
  readonly labels: Uint8Array;
  /** Grey levels 0 … levels−1, row by row, digit after digit (n × features). */
  readonly pixels: Uint8Array;
  /** Digit i's inked pixels are index[rowStart[i] … rowStart[i+1]). */
  readonly rowStart: Int32Array;
  /** Pixel positions 0 … features−1. */
  readonly index: Int32Array;
  /** Pixel intensities in (0, 1]: level / (levels − 1). */
  readonly value: Float64Array;
}

export interface DigitSet {
  /** Side of each square image, in pixels. */
  readonly side: number;
  /** Grey levels of the stored pixels. */
  readonly levels: number;
  readonly train: DigitSplit;
  readonly test: DigitSplit;
  /** Where the digits come from, and their licence (shown in the lesson). */
  readonly source: string;
  readonly license: string;
}

/** Decodes the shipped asset (labels as digit characters, pixels as hexadecimal characters). */
export function decodeDigits(asset: DigitAsset): DigitSet {
  const features = asset.side * asset.side;
  const split = (s: DigitSplitAsset) => decodeSplit(s, features, asset.levels);
  return {
    side: asset.side,
    levels: asset.levels,
    train: split(asset.train),
    test: split(asset.test),
    source: asset.source,
    license: asset.license,
  };
}

function decodeSplit(s: DigitSplitAsset, features: number, levels: number): DigitSplit {
  const n = s.labels.length;
  if (s.pixels.length !== n * features)
    throw new RangeError(`${n} labels need ${n * features} pixels, found ${s.pixels.length}`);
  const labels = new Uint8Array(n);
  const pixels = new Uint8Array(n * features);
  let inked = 0;
  for (let i = 0; i < n; i++) {
    const label = s.labels.charCodeAt(i) - 48;
    if (!(label >= 0 && label <= 9)) throw new RangeError(`label ${i} is not a digit`);
    labels[i] = label;
  }
  for (let p = 0; p < pixels.length; p++) {
    const level = parseInt(s.pixels[p], 16);
    if (!(level >= 0 && level < levels)) throw new RangeError(`pixel ${p} is not a grey level`);
    pixels[p] = level;
    if (level > 0) inked++;
  }
  const rowStart = new Int32Array(n + 1);
  const index = new Int32Array(inked);
  const value = new Float64Array(inked);
  let k = 0;
  for (let i = 0; i < n; i++) {
    rowStart[i] = k;
    for (let j = 0; j < features; j++) {
      const level = pixels[i * features + j];
      if (level === 0) continue;
      index[k] = j;
      value[k] = level / (levels - 1);
      k++;
    }
  }
  rowStart[n] = k;
  return { n, features, labels, pixels, rowStart, index, value };
}

/** The first `count` digits of a split (a smaller problem for tests and quick previews). */
export function firstDigits(split: DigitSplit, count: number): DigitSplit {
  const n = Math.max(0, Math.min(split.n, Math.floor(count)));
  const end = split.rowStart[n];
  return {
    n,
    features: split.features,
    labels: split.labels.slice(0, n),
    pixels: split.pixels.slice(0, n * split.features),
    rowStart: split.rowStart.slice(0, n + 1),
    index: split.index.slice(0, end),
    value: split.value.slice(0, end),
  };
}

/**
 * One test digit straight from the asset, for drawing (no need to decode all 4,000): its label
 * and its side² grey levels.
 */
export function assetDigit(
  split: { readonly labels: string; readonly pixels: string },
  side: number,
  i: number,
): { label: number; levels: number[] } {
  const features = side * side;
  const chars = split.pixels.slice(i * features, (i + 1) * features);
  return { label: split.labels.charCodeAt(i) - 48, levels: [...chars].map((c) => parseInt(c, 16)) };
}

/** The first test digit of each class 0 … 9, in class order: the strip the race labels live. */
export function stripIndices(labels: string): number[] {
  return Array.from({ length: 10 }, (_, digit) => labels.indexOf(String(digit))).filter(
    (i) => i >= 0,
  );
}
