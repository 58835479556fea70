import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The ten per-class pixel arrays of the `mnist` package (its src/digits/N.json files). */
export function readMnistPackage(): number[][] {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('mnist/package.json')), 'src', 'digits');
  return Array.from(
    { length: 10 },
    (_, digit) =>
      (JSON.parse(readFileSync(path.join(dir, `${digit}.json`), 'utf8')) as { data: number[] })
        .data,
  );
}
