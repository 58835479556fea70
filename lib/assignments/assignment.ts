import { z } from 'zod';
import { exerciseIdSchema, exerciseOverridesSchema, type ExerciseSpec } from '../exercises/types';
import { clipped, describeForeignFormat, firstIssue, readJsonObject } from './json-file';

export const ASSIGNMENT_FORMAT = 'momentum-assignment';

/** A date (`2025-03-01`) or a date-time with offset (`2025-03-01T23:59:00Z`), ISO 8601. */
const isoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/**
 * An assignment: exercises picked across lessons, each optionally changed by overrides
 * (objective, goal, seed, noise of a parameter challenge). Instructors write it as a file in
 * `content/assignments/` or with the assign page; students get it as a link.
 */
export const assignmentSchema = z
  .object({
    format: z.literal(ASSIGNMENT_FORMAT),
    version: z.literal(1),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes')
      .max(80),
    title: z.string().trim().min(1).max(200),
    due: isoDateSchema.optional(),
    exercises: z
      .array(
        z.object({ id: exerciseIdSchema, overrides: exerciseOverridesSchema.optional() }).strict(),
      )
      .min(1)
      .max(200)
      .refine(
        (list) => new Set(list.map((e) => e.id)).size === list.length,
        'lists an exercise twice',
      ),
  })
  .strict();

export type Assignment = z.infer<typeof assignmentSchema>;

export type AssignmentResult = { ok: true; assignment: Assignment } | { ok: false; error: string };

/** Validates an already-parsed assignment value (from a file or a link). */
export function parseAssignmentValue(data: unknown): AssignmentResult {
  const record = (typeof data === 'object' && data !== null ? data : {}) as {
    format?: unknown;
    version?: unknown;
  };
  if (record.format !== ASSIGNMENT_FORMAT)
    return { ok: false, error: describeForeignFormat(record.format, ASSIGNMENT_FORMAT) };
  if (record.version !== 1)
    return { ok: false, error: `has unsupported version ${clipped(record.version)} (expected 1)` };
  const parsed = assignmentSchema.safeParse(data);
  return parsed.success
    ? { ok: true, assignment: parsed.data }
    : { ok: false, error: `is not a valid assignment: ${firstIssue(parsed.error)}` };
}

/** Reads an assignment file; the error is one line to print after the file's name. */
export function parseAssignmentFile(text: string): AssignmentResult {
  const json = readJsonObject(text);
  return json.ok ? parseAssignmentValue(json.data) : { ok: false, error: json.reason };
}

/**
 * Problems of an assignment against the course: exercises that do not exist, and overrides on
 * exercises that are not parameter challenges (they would be ignored).
 */
export function assignmentProblems(
  assignment: Assignment,
  catalog: ReadonlyMap<string, ExerciseSpec>,
): string[] {
  const problems: string[] = [];
  for (const { id, overrides } of assignment.exercises) {
    const spec = catalog.get(id);
    if (!spec) problems.push(`exercise "${id}" does not exist in the course`);
    else if (overrides && spec.kind !== 'parameter')
      problems.push(`exercise "${id}" is a ${spec.kind} exercise: its overrides are ignored`);
  }
  return problems;
}
