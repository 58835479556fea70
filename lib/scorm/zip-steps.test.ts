import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, zipInSteps } from './zip-steps';

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

  it('keeps a KaTeX font intact (fflate 0.8.3 streaming deflate breaks this one)', async () => {
    const require = createRequire(import.meta.url);
    const font = readFileSync(require.resolve('katex/dist/fonts/KaTeX_Size1-Regular.ttf'));
    const files = unzipSync(await zipInSteps([{ name: 'font.ttf', data: font }]));
    expect(files['font.ttf']).toEqual(new Uint8Array(font));
  });

  it('reports each file done, and the same entries give the same archive', async () => {
    const seen: string[] = [];
    const first = await zipInSteps(entries, (done, total) => seen.push(`${done}/${total}`));
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
    expect(await zipInSteps(entries)).toEqual(first);
  });

  it('checksums as zip does (CRC-32 of "123456789" is CBF43926)', () => {
    expect(crc32(text('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
