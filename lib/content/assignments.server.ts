import fs from 'node:fs/promises';
import path from 'node:path';
import { parseAssignmentFile, type Assignment } from '@/lib/assignments';

/** Assignments an instructor saved into the course, built into the static site. */
export const ASSIGNMENTS_DIR = path.join(process.cwd(), 'content', 'assignments');

/** Every `content/assignments/*.json`; an invalid file fails the build naming it. */
export async function listAssignments(dir = ASSIGNMENTS_DIR): Promise<Assignment[]> {
  const files = (await fs.readdir(dir).catch(() => [])).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const result = parseAssignmentFile(await fs.readFile(path.join(dir, file), 'utf8'));
      if (!result.ok)
        throw new Error(`${path.relative(process.cwd(), path.join(dir, file))}: ${result.error}`);
      return result.assignment;
    }),
  );
}
