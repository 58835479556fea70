import type { ExerciseSpec } from '@/lib/exercises';
import { listLessonsWithExercises } from './lessons.server';

/** Every exercise of the course by id, for pages that work across lessons. */
export async function exerciseCatalog(): Promise<Record<string, ExerciseSpec>> {
  const lessons = await listLessonsWithExercises();
  return Object.fromEntries(lessons.flatMap((l) => l.exercises.map((e) => [e.id, e])));
}
