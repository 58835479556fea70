import { Zip, ZipDeflate } from 'fflate';
import type { PackageEntry } from './package-files';

/** Every entry's modification time, as the CLI's zips have it (zip stores no time zone). */
const FIXED_TIME = new Date(2024, 0, 1, 0, 0, 0);

/**
 * Deflates `entries` into one zip archive, a file at a time, calling `onFile(done, total)`
 * after each and letting the event loop run between them: a page zipping the course (several
 * MB) keeps drawing its progress bar and answering clicks. The same entries in the same order
 * give the same archive.
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
    const file = new ZipDeflate(entry.name, { level });
    file.mtime = FIXED_TIME;
    zip.add(file);
    file.push(entry.data, true);
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
