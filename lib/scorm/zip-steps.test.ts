import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipInSteps } from './zip-steps';

const text = (s: string) => new TextEncoder().encode(s);
const entries = [
  { name: 'index.html', data: text('<!doctype html>'.repeat(200)) },
  { name: 'course/a b/[x].js', data: text('console.log(1);') },
  { name: 'empty.txt', data: new Uint8Array(0) },
];

describe('zipping a file at a time', () => {
  it('gives an archive holding every entry, in order, byte for byte', async () => {
    const files = unzipSync(await zipInSteps(entries));
    expect(Object.keys(files)).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(files[e.name]).toEqual(e.data);
  });

  it('reports each file done, and the same entries give the same archive', async () => {
    const seen: string[] = [];
    const first = await zipInSteps(entries, (done, total) => seen.push(`${done}/${total}`));
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
    expect(await zipInSteps(entries)).toEqual(first);
  });
});
