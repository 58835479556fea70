import { tooLarge, withoutByteOrderMark } from '../untrusted/text-file';
import { parseProgressValue, type ParsedProgress } from './parse';
import type { Progress } from './schema';

/** The format tag of an exported progress file. */
export const PROGRESS_FORMAT = 'momentum-progress';

/**
 * The largest progress file read: browser storage holds about 5 MB in all, and a whole course
 * of answers is a few kilobytes. The learner's page checks the file's size before reading it.
 */
export const MAX_PROGRESS_FILE_CHARS = 5_000_000;

/**
 * A progress file: `{ format: 'momentum-progress', version: 1, exportedAt, progress }`, where
 * `progress` is stored progress of any known schema (migrated on import).
 */
export function progressToFile(progress: Progress, now: number): string {
  return JSON.stringify(
    { format: PROGRESS_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), progress },
    null,
    2,
  );
}

export type ProgressFileResult = ParsedProgress | { ok: false; reason: string };

/**
 * Reads a progress file; every failure is a one-line reason for the learner. Entries that fail
 * their schema are listed in `setAside` and left out; the rest is read.
 */
export function progressFromFile(text: string): ProgressFileResult {
  const large = tooLarge(text.length, MAX_PROGRESS_FILE_CHARS);
  if (large)
    return { ok: false, reason: `The file is too large to be a progress file (${large}).` };
  let data: unknown;
  try {
    data = JSON.parse(withoutByteOrderMark(text));
  } catch {
    return { ok: false, reason: 'The file is not valid JSON (is it complete?).' };
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as {
    format?: unknown;
    version?: unknown;
    progress?: unknown;
  };
  if (record.format !== PROGRESS_FORMAT)
    return { ok: false, reason: 'This is not a Momentum progress file.' };
  if (record.version !== 1)
    return { ok: false, reason: `Unsupported progress file version ${String(record.version)}.` };
  const parsed = parseProgressValue(record.progress);
  if (!parsed.ok)
    return { ok: false, reason: `The progress in the file cannot be read: ${parsed.message}.` };
  return parsed;
}
