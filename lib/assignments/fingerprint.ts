import { settingsFingerprint, stableHash } from '../progress/scope';
import type { Assignment } from './assignment';

/** One asked exercise as a submission records it: its id and its settings' fingerprint, if any. */
export interface AskedExercise {
  id: string;
  fingerprint?: string;
}

/** The exercises an assignment asks, each with the fingerprint of its settings (none = lesson's). */
export function askedExercises(assignment: Assignment): AskedExercise[] {
  return assignment.exercises.map(({ id, overrides }) => {
    const fingerprint = settingsFingerprint(overrides);
    return fingerprint ? { id, fingerprint } : { id };
  });
}

/**
 * The fingerprint of everything an assignment asks: its exercises, in order, and each one's
 * settings (stableHash of that list). A submission carries it; the grader recomputes it from
 * the assignment file it grades with and flags a submission whose fingerprint differs (the
 * file was edited after the link went out, or the link was).
 */
export function assignmentFingerprint(assignment: Assignment): string {
  return fingerprintOfAsked(askedExercises(assignment));
}

export function fingerprintOfAsked(asked: readonly AskedExercise[]): string {
  return stableHash(JSON.stringify(asked.map((e) => [e.id, e.fingerprint ?? null])));
}
