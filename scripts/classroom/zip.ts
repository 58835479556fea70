/**
 * The classroom zip, written with fflate: deflated entries under the folder's own name, in a
 * fixed order with a fixed timestamp, so the same folder always gives the same archive.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Every entry's modification time: 2024-01-01 00:00 local (zip stores no time zone). */
const FIXED_TIME = new Date(2024, 0, 1, 0, 0, 0);

/** The archive of `entries` ({ name, data }; names with forward slashes). */
export function zipEntries(entries: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const files: Zippable = {};
  for (const { name, data } of entries) files[name] = [data, { mtime: FIXED_TIME }];
  return zipSync(files, { level: 9 });
}

/**
 * Zips `files` (relative to `dir`) into `zipFile`, entries prefixed with the folder's own name
 * (`momentum/index.html`), sorted. Returns the number of entries.
 */
export async function zipFolder(
  dir: string,
  files: readonly string[],
  zipFile: string,
): Promise<number> {
  const prefix = path.basename(dir);
  const entries = [];
  for (const rel of [...files].sort())
    entries.push({ name: `${prefix}/${rel}`, data: await readFile(path.join(dir, rel)) });
  await writeFile(zipFile, zipEntries(entries));
  return entries.length;
}
