import { MIGRATIONS, schemaOf } from './migrate';
import { CURRENT_SCHEMA, emptyProgress, progressV2Schema, type Progress } from './schema';

/** Why stored progress could not be read. None of these wipe it: the caller backs the raw text up. */
export type ProgressProblem =
  'corrupt-json' | 'invalid-shape' | 'unknown-version' | 'newer-version';

export type ParseProgressResult =
  | { ok: true; progress: Progress; migratedFrom?: number }
  | { ok: false; reason: ProgressProblem; message: string; raw: string };

/**
 * Reads progress as stored (`null` when nothing is stored yet, giving empty progress), migrating
 * older schemas step by step. Corrupt or truncated JSON, a wrong shape, and data from a newer
 * build are reported with the raw text, never thrown and never silently replaced.
 */
export function parseProgress(raw: string | null): ParseProgressResult {
  if (raw === null) return { ok: true, progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return {
      ok: false,
      reason: 'corrupt-json',
      message: `not valid JSON: ${(error as Error).message}`,
      raw,
    };
  }
  const result = parseProgressValue(data);
  return result.ok ? result : { ...result, raw };
}

/** `parseProgress` for data already parsed from JSON (an imported file's `progress` field). */
export function parseProgressValue(
  data: unknown,
):
  | { ok: true; progress: Progress; migratedFrom?: number }
  | { ok: false; reason: ProgressProblem; message: string } {
  const version = schemaOf(data);
  if (version === undefined)
    return { ok: false, reason: 'invalid-shape', message: 'no schema number' };
  if (version > CURRENT_SCHEMA) {
    return {
      ok: false,
      reason: 'newer-version',
      message: `written by a newer version (schema ${version})`,
    };
  }
  let current = data;
  for (let from = version; from < CURRENT_SCHEMA; from++) {
    const step = MIGRATIONS.find((m) => m.from === from);
    if (!step)
      return { ok: false, reason: 'unknown-version', message: `no migration from schema ${from}` };
    const input = step.input.safeParse(current);
    if (!input.success)
      return { ok: false, reason: 'invalid-shape', message: describe(input.error, from) };
    current = step.up(input.data);
  }
  const parsed = progressV2Schema.safeParse(current);
  if (!parsed.success)
    return { ok: false, reason: 'invalid-shape', message: describe(parsed.error, CURRENT_SCHEMA) };
  return version < CURRENT_SCHEMA
    ? { ok: true, progress: parsed.data, migratedFrom: version }
    : { ok: true, progress: parsed.data };
}

function describe(
  error: { issues: { path: PropertyKey[]; message: string }[] },
  schema: number,
): string {
  const first = error.issues[0];
  return `not schema-${schema} progress: ${first.path.map(String).join('.') || '(root)'}: ${first.message}`;
}
