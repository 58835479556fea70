import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cars } from '@/lib/data/cars';
import { VENDORED, vendoredText } from './vendor-cars.mjs';

describe('the vendored cars data', () => {
  it('lib/data/cars.json is exactly what vendor-cars.mjs makes from the installed vega-datasets', async () => {
    expect(await readFile(VENDORED, 'utf8')).toBe(await vendoredText());
  });

  it('the copy carries its source and licence, and 392 of its 406 cars are complete', async () => {
    const file = JSON.parse(await readFile(VENDORED, 'utf8'));
    expect(file.about.source).toMatch(/vega-datasets .*BSD-3-Clause/);
    expect(file.rows).toHaveLength(406);
    expect(cars).toHaveLength(392);
  });
});
