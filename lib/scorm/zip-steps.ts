import { deflateSync, Zip, type ZipInputFile } from 'fflate';
import type { PackageEntry } from './package-files';

/** Every entry's modification time, as the CLI's zips have it (zip stores no time zone). */
const FIXED_TIME = new Date(2024, 0, 1, 0, 0, 0);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as zip headers carry it. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Deflates `entries` into one zip archive, a file at a time, calling `onFile(done, total)`
 * after each and letting the event loop run between them: a page zipping the course (several
 * MB) keeps drawing its progress bar and answering clicks. The same entries in the same order
 * give the same archive.
 *
 * Each file is deflated whole (deflateSync, as zipSync does) and handed to fflate's Zip as
 * finished data: fflate 0.8.3's streaming ZipDeflate writes broken data for some files (KaTeX's
 * fonts among them), which the test of this module checks for.
 */
export async function zipInSteps(
  entries: readonly PackageEntry[],
  onFile: (done: number, total: number) => void = () => {},
  level: 6 | 9 = 9,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [index, entry] of entries.entries()) {
    const file: ZipInputFile = {
      filename: entry.name,
      size: entry.data.length,
      crc: crc32(entry.data),
      compression: 8, // deflate
      mtime: FIXED_TIME,
    };
    zip.add(file);
    file.ondata?.(null, deflateSync(entry.data, { level }), true);
    if (failure) throw failure;
    onFile(index + 1, entries.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
