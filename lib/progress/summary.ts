import { ownValue } from '../untrusted/own';
import type { Progress } from './schema';

/** Done (answered correctly) out of total, for a progress bar. */
export interface Tally {
  done: number;
  total: number;
}

/** How many of a lesson's exercises the learner has answered correctly. */
export function lessonProgress(progress: Progress, exerciseIds: readonly string[]): Tally {
  const done = exerciseIds.filter(
    (id) => ownValue(progress.exercises, id)?.correct === true,
  ).length;
  return { done, total: exerciseIds.length };
}

/** Progress over the whole course: the sum, and each lesson's tally in the order given. */
export function courseProgress(
  progress: Progress,
  lessons: readonly { slug: string; exerciseIds: readonly string[] }[],
): Tally & { lessons: (Tally & { slug: string })[] } {
  const perLesson = lessons.map(({ slug, exerciseIds }) => ({
    slug,
    ...lessonProgress(progress, exerciseIds),
  }));
  return {
    done: perLesson.reduce((sum, l) => sum + l.done, 0),
    total: perLesson.reduce((sum, l) => sum + l.total, 0),
    lessons: perLesson,
  };
}
