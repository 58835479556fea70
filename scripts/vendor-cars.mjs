#!/usr/bin/env node
// Writes lib/data/cars.json, the course's copy of the "cars" (Auto MPG) data set, from the
// vega-datasets package: `node scripts/vendor-cars.mjs` (or `--check` to only compare).
//
// Why a copy: the package's public entry (its `exports`) offers the data only as URLs on a CDN,
// which an offline classroom cannot reach, and importing `vega-datasets/data/cars.json` goes past
// those exports. So the rows are copied once, with their attribution, and a unit test
// (lib/data/cars.test.ts) holds the copy to the installed package.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const VENDORED = path.join(here, '..', 'lib', 'data', 'cars.json');

/** The installed package's folder, found through its public entry (build/index.js). */
export function packageDir() {
  const entry = fileURLToPath(import.meta.resolve('vega-datasets'));
  return path.resolve(path.dirname(entry), '..');
}

/** The vendored file's text: attribution first, then one car per line. */
export async function vendoredText() {
  const dir = packageDir();
  const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
  const rows = JSON.parse(await readFile(path.join(dir, 'data', 'cars.json'), 'utf8'));
  const about = {
    name: 'cars (Auto MPG)',
    description:
      '406 cars from 1970–1982: fuel use, engine and weight. Rows with a missing value are kept here and dropped by lib/data/cars.ts.',
    source: `vega-datasets ${pkg.version}, data/cars.json (${pkg.license} licence)`,
    origin:
      'StatLib Datasets Archive, Carnegie Mellon University (http://lib.stat.cmu.edu/datasets/); also the UCI Machine Learning Repository "Auto MPG". Distributed in 1982 for educational and scientific purposes.',
    madeBy: 'node scripts/vendor-cars.mjs',
  };
  const head = JSON.stringify({ about }, null, 2).replace(/\n}$/, '');
  return `${head},\n  "rows": [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = await vendoredText();
  if (process.argv.includes('--check')) {
    const current = await readFile(VENDORED, 'utf8').catch(() => '');
    if (current !== text) {
      console.error(`${VENDORED} differs from vega-datasets: run node scripts/vendor-cars.mjs`);
      process.exit(1);
    }
    console.log(`${VENDORED} matches the installed vega-datasets.`);
  } else {
    await writeFile(VENDORED, text);
    console.log(`Wrote ${VENDORED}.`);
  }
}
