/**
 * Text files a person hands over (progress, assignments, submissions): how large one may be,
 * and the text without the byte-order mark some editors put in front of UTF-8.
 */

import { fixed, megabytes, upToDecimals } from '../plot/format';

/** "600.0 MB" / "12.3 KB" / "80 bytes", for messages about a file's size. */
export function describeSize(bytes: number): string {
  if (bytes >= 1e6) return `${megabytes(bytes)} MB`;
  if (bytes >= 1e3) return `${fixed(bytes / 1e3, 1)} KB`;
  return `${bytes} bytes`;
}

/** "is too large (600.0 MB; at most 10 MB)": the size is checked before the file is read. */
export function tooLarge(size: number, limit: number): string | null {
  return size > limit ? `${describeSize(size)}; at most ${upToDecimals(limit / 1e6, 3)} MB` : null;
}

/**
 * The text without a leading U+FEFF. Browsers drop it when they read a file (`Blob.text()`),
 * Node's `readFile(…, 'utf8')` keeps it and `JSON.parse` then refuses the file.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
