import { z } from 'zod';
import { storedAnswerSchema } from '../exercises/types';
import { PROGRESS_ENTRY_KEY } from './scope';

/**
 * The shapes progress has had in browser storage. The current one is v3; older ones stay
 * here so `migrate.ts` can read what an earlier build wrote. Bump the schema number (and add a
 * migration) whenever the stored shape changes; never reuse a number.
 */

/** The schema number this build writes. */
export const CURRENT_SCHEMA = 3;

/** One exercise's record: the learner's last (or last correct) answer and how they got there. */
export const progressEntrySchema = z.object({
  /**
   * The answer in one of the kinds' shapes (lib/exercises `answerSchemas`), null before any
   * answer. Every shape is flat and bounded, so a stored answer is never deep or huge.
   */
  answer: storedAnswerSchema,
  correct: z.boolean(),
  attempts: z.number().int().nonnegative(),
  hintsShown: z.number().int().nonnegative(),
  revealed: z.boolean(),
  /** Milliseconds since the epoch of the last change. */
  updatedAt: z.number().nonnegative(),
});

/** User preferences, replaced as a whole by the most recent write. */
export const prefsSchema = z.object({
  updatedAt: z.number().nonnegative(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});

/** An exercise id or lesson slug as the course writes them (never `__proto__`, never empty). */
export const progressKeySchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

/**
 * The key of a stored exercise record (schema 3): the exercise id for the lesson's own settings,
 * `id@fingerprint` for an assignment's (see `scope.ts`).
 */
export const progressEntryKeySchema = z.string().max(140).regex(PROGRESS_ENTRY_KEY);

/** Milliseconds since the epoch of a lesson visit. */
export const visitTimeSchema = z.number().nonnegative();

/**
 * Progress as stored under schema 3: as schema 2, but an exercise record's key may carry the
 * fingerprint of an assignment's settings (`id@fingerprint`). Schema-2 records are all lesson
 * records, so they migrate unchanged.
 */
export const progressV3Schema = z.object({
  schema: z.literal(3),
  exercises: z.record(progressEntryKeySchema, progressEntrySchema),
  /** Lesson slug → ms epoch of the last visit. */
  lessonsVisited: z.record(progressKeySchema, visitTimeSchema).optional(),
  prefs: prefsSchema.optional(),
  /** When the learner last reset: entries last changed at or before it are gone, in every tab. */
  resetAt: z.number().nonnegative().optional(),
});

/** Progress as stored under schema 2: exercise records keyed by exercise id only. */
export const progressV2Schema = progressV3Schema.extend({
  schema: z.literal(2),
  exercises: z.record(progressKeySchema, progressEntrySchema),
});

/**
 * Schema-3 progress with its entries still unchecked: `parseProgressValue` checks each entry on
 * its own, so one bad answer is set aside instead of making the whole record unreadable.
 */
export const progressV3ShellSchema = z.object({
  schema: z.literal(3),
  exercises: z.record(z.string(), z.unknown()),
  lessonsVisited: z.record(z.string(), z.unknown()).optional(),
  prefs: z.unknown().optional(),
  resetAt: z.number().nonnegative().optional(),
});

/** Schema-2 progress, entries unchecked: the input of the 2 → 3 migration. */
export const progressV2ShellSchema = progressV3ShellSchema.extend({ schema: z.literal(2) });

/**
 * Progress as the first build stored it: one answer and a pass flag per exercise, a try count
 * added late (so optional), and one save time for the whole record.
 */
export const progressV1Schema = z.object({
  version: z.literal(1),
  answers: z.record(
    z.string(),
    z.object({
      value: z.unknown(),
      ok: z.boolean(),
      tries: z.number().int().nonnegative().optional(),
    }),
  ),
  savedAt: z.number().nonnegative().optional(),
});

export type ProgressEntry = z.infer<typeof progressEntrySchema>;
export type Prefs = z.infer<typeof prefsSchema>;
export type Progress = z.infer<typeof progressV3Schema>;
export type ProgressV2 = z.infer<typeof progressV2Schema>;
export type ProgressV1 = z.infer<typeof progressV1Schema>;

/** Progress with nothing in it yet. */
export function emptyProgress(): Progress {
  return { schema: CURRENT_SCHEMA, exercises: {} };
}
