import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { zipEntries, zipFolder } from './zip';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('classroom zip', () => {
  it('zipEntries round-trips names and bytes, text and binary alike', () => {
    const binary = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
    const entries = [
      { name: 'momentum/index.html', data: new TextEncoder().encode('<p>é ✓ λ</p>'.repeat(50)) },
      { name: 'momentum/_next/font.woff2', data: binary },
      { name: 'momentum/empty.txt', data: new Uint8Array(0) },
    ];
    const back = unzipSync(zipEntries(entries));
    expect(Object.keys(back).sort()).toEqual(entries.map((e) => e.name).sort());
    for (const { name, data } of entries) expect(Buffer.from(back[name]).equals(data)).toBe(true);
  });

  it('the same files always give the same archive (fixed time, fixed order)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zip-'));
    made.push(dir);
    const folder = path.join(dir, 'momentum');
    await mkdir(path.join(folder, 'lessons'), { recursive: true });
    await writeFile(path.join(folder, 'index.html'), 'home');
    await writeFile(path.join(folder, 'lessons', 'a.html'), 'a lesson');
    const first = path.join(dir, 'first.zip');
    const second = path.join(dir, 'second.zip');
    expect(await zipFolder(folder, ['lessons/a.html', 'index.html'], first)).toBe(2);
    await zipFolder(folder, ['index.html', 'lessons/a.html'], second);
    const bytes = await readFile(first);
    expect(bytes.equals(await readFile(second))).toBe(true);
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual(['momentum/index.html', 'momentum/lessons/a.html']);
    expect(new TextDecoder().decode(back['momentum/lessons/a.html'])).toBe('a lesson');
  });
});
