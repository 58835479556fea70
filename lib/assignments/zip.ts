import { unzipSync } from 'fflate';
import { MAX_SUBMISSION_BYTES } from './submission';

/** At most this many files and this many bytes in all are read out of one zip. */
export const MAX_ZIP_FILES = 10_000;
export const MAX_ZIP_TOTAL_BYTES = 200_000_000;

/** Whether a file's first bytes are a zip's local-file-header signature ("PK\x03\x04"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The `.json` files inside a zip of submissions (what an LMS's "download all submissions"
 * gives), named `<zip>/<path inside>`, in sorted order. Folders, hidden entries and the
 * `__MACOSX` resource forks are passed over quietly; other files are listed in `skipped`. Sizes
 * are checked on the declared sizes before anything is inflated, so a zip bomb is refused, not
 * unpacked. A damaged zip is one problem naming it, never a throw.
 */
export function filesFromZip(
  zipName: string,
  bytes: Uint8Array,
): { files: { name: string; text: string }[]; skipped: string[]; problems: string[] } {
  const skipped: string[] = [];
  const problems: string[] = [];
  let total = 0;
  let count = 0;
  let full = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        const base = file.name.split('/').pop() ?? '';
        if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/') || base.startsWith('.'))
          return false;
        if (!base.toLowerCase().endsWith('.json')) {
          skipped.push(`${zipName}/${file.name}: not a .json file`);
          return false;
        }
        if (file.originalSize > MAX_SUBMISSION_BYTES) {
          problems.push(`${zipName}/${file.name}: is too large to be a submission`);
          return false;
        }
        total += file.originalSize;
        count++;
        if (count > MAX_ZIP_FILES || total > MAX_ZIP_TOTAL_BYTES) {
          if (!full)
            problems.push(
              `${zipName}: holds more than ${MAX_ZIP_FILES} files or ${MAX_ZIP_TOTAL_BYTES / 1e6} MB; read up to ${file.name}`,
            );
          full = true;
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    return {
      files: [],
      skipped,
      problems: [`${zipName}: is not a readable zip (${(error as Error).message})`],
    };
  }
  const decoder = new TextDecoder('utf-8');
  const files = Object.keys(entries)
    .sort()
    .map((name) => ({ name: `${zipName}/${name}`, text: decoder.decode(entries[name]) }));
  return { files, skipped, problems };
}
