/**
 * Test support: an exercise of the course as the lessons declare it, read with the course's own
 * extractor, so tests check the real challenge (its goal, ranges and start) and follow its edits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractExercises, type ExerciseSpec } from '@/lib/exercises';

const LESSONS = path.join(process.cwd(), 'content', 'lessons');

/** The exercise with this id from content/lessons, or a thrown error naming it. */
export function courseExercise<T extends ExerciseSpec>(id: string): T {
  for (const file of fs.readdirSync(LESSONS).filter((f) => f.endsWith('.mdx'))) {
    const result = extractExercises(fs.readFileSync(path.join(LESSONS, file), 'utf8'), {
      file,
      lesson: file,
    });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const found = result.exercises.find((e) => e.id === id);
    if (found) return found as T;
  }
  throw new Error(`no exercise ${id} in content/lessons`);
}
