import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_SUBMISSION_BYTES } from '../../lib/assignments/submission';
import { MAX_ZIP_TOTAL_BYTES } from '../../lib/assignments/zip';
import { tooLarge } from '../../lib/untrusted/text-file';

/** A file to grade, or a path that could not be read (reported, and grading goes on). */
export type FoundFile = { ok: true; path: string } | { ok: false; path: string; error: string };

/** A folder entry that is not graded, and why: said in a note, never skipped silently. */
export interface SkippedEntry {
  path: string;
  reason: string;
}

const NOT_REGULAR = 'not a regular file (a pipe, socket or device)';

/**
 * Expands the command line's files and folders into submission files: folders are walked
 * recursively for `*.json` and `*.zip` files (any case), in sorted order so output is stable; files named
 * explicitly are taken whatever their extension. A link to a file counts as the file; a link to
 * a folder is not followed (it could loop). Hidden entries, other files, links to folders and
 * pipes or devices are listed in `skipped` with the reason. `exclude` (the assignment file) is
 * left out quietly when a folder walk meets it.
 */
export async function collectSubmissionFiles(
  inputs: readonly string[],
  exclude?: string,
): Promise<{ files: FoundFile[]; skipped: SkippedEntry[] }> {
  const leaveOut = exclude ? path.resolve(exclude) : undefined;
  const files: FoundFile[] = [];
  const skipped: SkippedEntry[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    files.push({ ok: true, path: file });
  };
  const skip = (file: string, reason: string) => void skipped.push({ path: file, reason });

  const visit = async (full: string, entry: Dirent): Promise<void> => {
    if (entry.name.startsWith('.')) {
      return skip(full, entry.isDirectory() ? 'a hidden folder' : 'a hidden file');
    }
    let kind: 'folder' | 'file' | 'other' = entry.isDirectory()
      ? 'folder'
      : entry.isFile()
        ? 'file'
        : 'other';
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => null);
      if (!target) return skip(full, 'a link to nothing');
      if (target.isDirectory())
        return skip(full, 'a link to a folder (not followed; name the folder itself)');
      kind = target.isFile() ? 'file' : 'other';
    }
    if (kind === 'folder') return walk(full);
    if (kind === 'other') return skip(full, NOT_REGULAR);
    if (!/\.(json|zip)$/i.test(entry.name)) return skip(full, 'not a .json or .zip file');
    if (path.resolve(full) !== leaveOut) add(full);
  };
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      files.push({ ok: false, path: dir, error: describeFsError(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) await visit(path.join(dir, entry.name), entry);
  };

  for (const input of inputs) {
    try {
      const stat = await fs.stat(input);
      if (stat.isDirectory()) await walk(input);
      else if (stat.isFile()) add(input);
      else files.push({ ok: false, path: input, error: `is ${NOT_REGULAR}` });
    } catch (error) {
      files.push({ ok: false, path: input, error: describeFsError(error) });
    }
  }
  return { files, skipped };
}

/**
 * The text of a submission (or assignment) file, or why it cannot be read. The size is checked
 * first: a file of hundreds of megabytes is "too large", not a confusing "Invalid string length"
 * after reading it all.
 */
export async function readHandedInFile(
  file: string,
  what: 'a submission' | 'an assignment' = 'a submission',
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  try {
    const large = tooLarge((await fs.stat(file)).size, MAX_SUBMISSION_BYTES);
    if (large) return { ok: false, error: `is too large to be ${what} (${large})` };
    return { ok: true, text: await fs.readFile(file, 'utf8') };
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
}

/** The bytes of a zip of submissions, or why it cannot be read (size checked first). */
export async function readZipFile(
  file: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: string }> {
  try {
    const large = tooLarge((await fs.stat(file)).size, MAX_ZIP_TOTAL_BYTES);
    if (large) return { ok: false, error: `is too large to be a zip of submissions (${large})` };
    return { ok: true, bytes: new Uint8Array(await fs.readFile(file)) };
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
}

/** "no such file or folder" rather than "ENOENT: no such file or directory, stat '…'". */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message ?? String(error);
}
