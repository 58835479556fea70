import { parseProgressValue, type SetAsideEntry } from '../progress/parse';
import type { Progress, ProgressEntry } from '../progress/schema';
import { ownValue } from '../untrusted/own';
import type { ExerciseAnswer } from '../exercises/types';
import { progressKeyOf, type ScormExercise } from './package-config';

/**
 * Progress in cmi.suspend_data, which SCORM 1.2 limits to 4,096 characters (CMIString4096).
 *
 * Only what restores the learner's work is kept: per exercise in scope that has been touched,
 * `"id":[flags, attempts, hints, answer?]` with flags = correct + 2·revealed, and the answer in
 * the shortest form its exercise can read back — a number; a choice's option positions; a
 * challenge's values in the order of its `set`; a formula's source. The whole is
 * `{"v":1,"x":{…}}`. Ids are kept (not positions), so a package updated in the LMS still
 * restores what it can. When the text would pass the limit, the longest answers are left out
 * one by one (their verdicts, tries and hints stay); with the course's exercises every record
 * without its answer fits many times over.
 */
export const SUSPEND_DATA_LIMIT = 4096;
export const SUSPEND_FORMAT_VERSION = 1;

/** Counts are clipped here: past it the course behaves the same (hints and solution are open). */
const MAX_COUNT = 999;

type EncodedAnswer = number | string | (number | null)[];
type EncodedRecord = [number, number, number] | [number, number, number, EncodedAnswer];

function encodeAnswer(
  exercise: ScormExercise,
  answer: ExerciseAnswer | null,
): EncodedAnswer | undefined {
  if (answer === null) return undefined;
  switch (exercise.kind) {
    case 'numeric':
      return 'value' in answer ? answer.value : undefined;
    case 'formula':
      return 'source' in answer ? answer.source : undefined;
    case 'choice': {
      if (!('selected' in answer)) return undefined;
      const positions = answer.selected
        .map((id) => exercise.choices.indexOf(id))
        .filter((i) => i >= 0);
      return positions.length ? positions : undefined;
    }
    case 'parameter':
    case 'network': {
      if (!('values' in answer)) return undefined;
      const values: Partial<Record<string, number>> = answer.values;
      const list = exercise.set.map((name) => values[name] ?? null);
      return list.some((v) => v !== null) ? list : undefined;
    }
  }
}

function decodeAnswer(exercise: ScormExercise, encoded: unknown): ExerciseAnswer | null {
  switch (exercise.kind) {
    case 'numeric':
      return typeof encoded === 'number' ? { value: encoded } : null;
    case 'formula':
      return typeof encoded === 'string' ? { source: encoded } : null;
    case 'choice': {
      if (!Array.isArray(encoded)) return null;
      const selected = encoded
        .filter((i): i is number => Number.isInteger(i))
        .map((i) => exercise.choices[i])
        .filter((id): id is string => id !== undefined);
      return selected.length ? { selected } : null;
    }
    case 'parameter':
    case 'network': {
      if (!Array.isArray(encoded)) return null;
      const values: Record<string, number> = {};
      exercise.set.forEach((name, i) => {
        const v: unknown = encoded[i];
        if (typeof v === 'number') values[name] = v;
      });
      return Object.keys(values).length ? { values } : null;
    }
  }
}

const clip = (n: number) => Math.min(MAX_COUNT, Math.max(0, Math.floor(n)));

/** The suspend_data text for `progress` over `exercises`, at most `limit` characters. */
export function encodeSuspendData(
  progress: Progress,
  exercises: readonly ScormExercise[],
  limit = SUSPEND_DATA_LIMIT,
): string {
  const records = new Map<string, EncodedRecord>();
  for (const exercise of exercises) {
    const entry = ownValue(progress.exercises, progressKeyOf(exercise));
    if (
      !entry ||
      (entry.attempts === 0 && entry.hintsShown === 0 && !entry.revealed && !entry.correct)
    )
      continue;
    const head: [number, number, number] = [
      (entry.correct ? 1 : 0) + (entry.revealed ? 2 : 0),
      clip(entry.attempts),
      clip(entry.hintsShown),
    ];
    const answer = encodeAnswer(exercise, entry.answer);
    records.set(exercise.id, answer === undefined ? head : [...head, answer]);
  }
  const text = () => JSON.stringify({ v: SUSPEND_FORMAT_VERSION, x: Object.fromEntries(records) });
  let out = text();
  while (out.length > limit) {
    // Leave out the answer whose text is longest; its record (verdict, tries, hints) stays.
    let longest: string | null = null;
    let longestLength = -1;
    for (const [id, record] of records) {
      if (record.length < 4) continue;
      const length = JSON.stringify(record[3]).length;
      if (length > longestLength) [longest, longestLength] = [id, length];
    }
    if (longest === null) break;
    records.set(longest, (records.get(longest) as EncodedRecord).slice(0, 3) as EncodedRecord);
    out = text();
  }
  if (out.length > limit)
    throw new Error(
      `suspend_data needs ${out.length} characters even without answers (limit ${limit})`,
    );
  return out;
}

export type DecodedSuspendData =
  { ok: true; progress: Progress; setAside?: SetAsideEntry[] } | { ok: false; reason: string };

/**
 * Progress from suspend_data written by `encodeSuspendData` (an empty text is a first launch:
 * empty progress). What it yields goes through the progress store's own entry-by-entry check
 * (lib/progress `parseProgressValue`): a record that fails is set aside and listed, the rest is
 * kept. Exercises no longer in scope are skipped; every restored entry is stamped `now`.
 */
export function decodeSuspendData(
  text: string,
  exercises: readonly ScormExercise[],
  now: number,
): DecodedSuspendData {
  if (text.trim() === '') return { ok: true, progress: { schema: 3, exercises: {} } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the saved progress is not valid JSON' };
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as {
    v?: unknown;
    x?: unknown;
  };
  if (record.v !== SUSPEND_FORMAT_VERSION || typeof record.x !== 'object' || record.x === null)
    return { ok: false, reason: `the saved progress is not in format ${SUSPEND_FORMAT_VERSION}` };
  const saved = record.x as Record<string, unknown>;
  const entries: Record<string, ProgressEntry | unknown> = {};
  for (const exercise of exercises) {
    const value = ownValue(saved, exercise.id);
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.length < 3) {
      entries[progressKeyOf(exercise)] = value; // left for the store's check to set aside, with its reason
      continue;
    }
    const [flags, attempts, hints, answer] = value as unknown[];
    entries[progressKeyOf(exercise)] = {
      answer: decodeAnswer(exercise, answer),
      correct: typeof flags === 'number' && (flags & 1) === 1,
      revealed: typeof flags === 'number' && (flags & 2) === 2,
      attempts,
      hintsShown: hints,
      updatedAt: now,
    };
  }
  const parsed = parseProgressValue({ schema: 3, exercises: entries });
  if (!parsed.ok) return { ok: false, reason: parsed.message };
  return {
    ok: true,
    progress: parsed.progress,
    ...(parsed.setAside ? { setAside: parsed.setAside } : {}),
  };
}
