import type { Progress } from '../progress/schema';
import { ownValue } from '../untrusted/own';

/** SCORM 1.2's cmi.core.lesson_status values this package writes. */
export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

/** What the LMS is told after an answer: score, status, and whether to come back. */
export interface Outcome {
  /** cmi.core.score.raw: round(100 · solved / in scope), an integer in 0–100. */
  raw: number;
  solved: number;
  attempted: number;
  total: number;
  status: LessonStatus;
  /** cmi.core.exit: "suspend" until the work is passed or completed, then "". */
  exit: 'suspend' | '';
}

/**
 * The score and status of `progress` over the exercises in scope (the course's, or one
 * assignment's). With a mastery score m (0–100): passed once raw ≥ m; failed once every
 * exercise has been tried and raw < m; incomplete before that. Without one: completed once
 * every exercise has been tried, incomplete before. An exercise counts as solved when its last
 * check was correct (the store keeps a solved exercise solved).
 */
export function outcomeOf(
  progress: Progress,
  ids: readonly string[],
  masteryScore: number | null,
): Outcome {
  let solved = 0;
  let attempted = 0;
  for (const id of ids) {
    const entry = ownValue(progress.exercises, id);
    if (entry?.correct) solved++;
    if (entry && (entry.attempts > 0 || entry.correct)) attempted++;
  }
  const total = ids.length;
  const raw = total === 0 ? 0 : Math.round((100 * solved) / total);
  const tried = total > 0 && attempted === total;
  const status: LessonStatus =
    masteryScore === null
      ? tried
        ? 'completed'
        : 'incomplete'
      : raw >= masteryScore
        ? 'passed'
        : tried
          ? 'failed'
          : 'incomplete';
  return {
    raw,
    solved,
    attempted,
    total,
    status,
    exit: status === 'passed' || status === 'completed' ? '' : 'suspend',
  };
}

/**
 * The mastery score in force: the LMS's cmi.student_data.mastery_score when it gives one (it
 * comes from the manifest's adlcp:masteryscore, and an LMS may let the teacher change it), else
 * the package's own. Null when neither is a number in 0–100.
 */
export function masteryScoreOf(fromLms: string, fromPackage: number | null): number | null {
  const lms = fromLms.trim() === '' ? NaN : Number(fromLms);
  if (Number.isFinite(lms) && lms >= 0 && lms <= 100) return lms;
  return fromPackage;
}

/** Review and browse launches show the work but change no score (cmi.core.lesson_mode). */
export function recordsScores(lessonMode: string): boolean {
  return lessonMode !== 'review' && lessonMode !== 'browse';
}
