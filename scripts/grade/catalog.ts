import fs from 'node:fs/promises';
import path from 'node:path';
import { extractCourseExercises, formatExtractError } from '../../lib/exercises/extract';
import type { ExerciseSpec } from '../../lib/exercises/types';
import { describeFsError } from './files';

/** `03-momentum.mdx` → `momentum`, as the lesson pages name lessons (lib/content `slugFromFile`). */
export function lessonSlug(fileName: string): string {
  return path.basename(fileName, '.mdx').replace(/^\d+-/, '');
}

/**
 * The course's exercises, by id, in course order (file name order), extracted from every
 * `*.mdx` lesson in `dir`. Any authoring error fails the whole catalog: grading against a
 * half-read course would silently score exercises 0.
 */
export async function loadCatalog(
  dir: string,
): Promise<{ ok: true; catalog: Map<string, ExerciseSpec> } | { ok: false; errors: string[] }> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
  } catch (error) {
    return { ok: false, errors: [`${dir}: ${describeFsError(error)}`] };
  }
  const files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      return { file, lesson: lessonSlug(name), source: await fs.readFile(file, 'utf8') };
    }),
  );
  const result = extractCourseExercises(files);
  if (!result.ok) return { ok: false, errors: result.errors.map(formatExtractError) };
  return { ok: true, catalog: new Map(result.exercises.map((spec) => [spec.id, spec])) };
}
