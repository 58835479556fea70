import { z } from 'zod';
import { progressV1Schema, type ProgressV1 } from './schema';

/**
 * One step of the migration chain: reads data written under schema `from` (validated by
 * `input`) and returns the shape of schema `from + 1`. Each step is pure; to add schema 4,
 * append a step from 3 and bump CURRENT_SCHEMA.
 */
export interface Migration {
  from: number;
  input: z.ZodType;
  up(data: unknown): unknown;
}

/** v1 → v2: `{ value, ok, tries }` becomes a full entry; v1 kept no hints, reveals or per-entry times. */
function v1ToV2(data: ProgressV1): { schema: 2; exercises: Record<string, unknown> } {
  // The answers are checked against their schemas after migration, with every other v2 entry.
  const exercises = Object.fromEntries(
    Object.entries(data.answers).map(([id, { value, ok, tries }]) => [
      id,
      {
        answer: value ?? null,
        correct: ok,
        attempts: tries ?? (value === undefined || value === null ? 0 : 1),
        hintsShown: 0,
        revealed: false,
        updatedAt: data.savedAt ?? 0,
      },
    ]),
  );
  return { schema: 2, exercises };
}

/**
 * v2 → v3: every v2 record was given in a lesson or under an assignment that stored it by id
 * alone; it becomes a lesson record (keyed by id, no fingerprint), so nothing is lost. An
 * assignment then finds no record under its own key and shows the exercise unsolved until it
 * is answered there, instead of trusting an answer checked under other settings.
 */
function v2ToV3(data: { exercises: Record<string, unknown> }): Record<string, unknown> {
  return { ...data, schema: 3 };
}

/** The chain, in order. */
export const MIGRATIONS: readonly Migration[] = [
  { from: 1, input: progressV1Schema, up: (data) => v1ToV2(data as ProgressV1) },
  {
    from: 2,
    // Loose: the records pass through as the very objects stored (zod would drop a `__proto__`
    // key that the entry checks after migration must see and report).
    input: z.looseObject({ schema: z.literal(2) }),
    up: (data) => v2ToV3(data as { exercises: Record<string, unknown> }),
  },
];

/** The schema number of stored data: `schema` from v2 on, `version` in v1; undefined if neither. */
export function schemaOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as { schema?: unknown; version?: unknown };
  if (typeof record.schema === 'number') return record.schema;
  if (typeof record.version === 'number') return record.version;
  return undefined;
}
