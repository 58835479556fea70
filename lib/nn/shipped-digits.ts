import asset from './data/mnist-14px.json';
import type { DigitAsset } from './data/make-digits';
import { decodeDigits, type DigitSet } from './digits';

let decoded: DigitSet | null = null;

/**
 * The digits that ship with the course (3,000 for training, 1,000 for testing), decoded once.
 * Importing this module brings the 160 KB (gzip) asset with it, so pages load it lazily.
 */
export function shippedDigits(): DigitSet {
  decoded ??= decodeDigits(asset as DigitAsset);
  return decoded;
}
