import fs from 'node:fs/promises';
import path from 'node:path';

/** A file to grade, or a path that could not be read (reported, and grading goes on). */
export type FoundFile = { ok: true; path: string } | { ok: false; path: string; error: string };

/**
 * Expands the command line's files and folders into submission files: folders are walked
 * recursively for `*.json` (hidden entries skipped), in sorted order so output is stable;
 * files named explicitly are taken whatever their extension. `exclude` (the assignment file)
 * is skipped when a folder walk meets it.
 */
export async function collectSubmissionFiles(
  inputs: readonly string[],
  exclude?: string,
): Promise<FoundFile[]> {
  const skip = exclude ? path.resolve(exclude) : undefined;
  const found: FoundFile[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    found.push({ ok: true, path: file });
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    );
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.endsWith('.json') && path.resolve(full) !== skip)
        add(full);
    }
  };
  for (const input of inputs) {
    try {
      const stat = await fs.stat(input);
      if (stat.isDirectory()) await walk(input);
      else add(input);
    } catch (error) {
      found.push({ ok: false, path: input, error: describeFsError(error) });
    }
  }
  return found;
}

/** "no such file or folder" rather than "ENOENT: no such file or directory, stat '…'". */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message ?? String(error);
}
