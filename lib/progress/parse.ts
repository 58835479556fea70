import { MIGRATIONS, schemaOf } from './migrate';
import {
  CURRENT_SCHEMA,
  emptyProgress,
  prefsSchema,
  progressEntrySchema,
  progressEntryKeySchema,
  progressKeySchema,
  progressV3ShellSchema,
  visitTimeSchema,
  type Progress,
} from './schema';

/** Why stored progress could not be read. None of these wipe it: the caller backs the raw text up. */
export type ProgressProblem =
  'corrupt-json' | 'invalid-shape' | 'unknown-version' | 'newer-version';

/**
 * One part of otherwise readable progress that was left out: an exercise's record, a lesson
 * visit, or the preferences. `id` is the exercise id or lesson slug as found (or 'prefs').
 */
export interface SetAsideEntry {
  what: 'exercise' | 'visit' | 'prefs';
  id: string;
  message: string;
}

export type ParsedProgress = {
  ok: true;
  progress: Progress;
  migratedFrom?: number;
  /** Entries that did not pass their schema, left out so that the rest can be used. */
  setAside?: SetAsideEntry[];
};

export type ParseProgressResult =
  ParsedProgress | { ok: false; reason: ProgressProblem; message: string; raw: string };

/**
 * Reads progress as stored (`null` when nothing is stored yet, giving empty progress), migrating
 * older schemas step by step. Corrupt or truncated JSON, a wrong overall shape, and data from a
 * newer build are reported with the raw text, never thrown and never silently replaced. Inside
 * readable progress each exercise record, lesson visit and the preferences are checked on their
 * own: one that fails its schema (a mistyped or absurdly nested answer, an id no lesson could
 * have) is set aside and listed, and the rest is kept.
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
): ParsedProgress | { ok: false; reason: ProgressProblem; message: string } {
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
  const shell = progressV3ShellSchema.safeParse(current);
  if (!shell.success)
    return { ok: false, reason: 'invalid-shape', message: describe(shell.error, CURRENT_SCHEMA) };
  // The raw objects, not zod's copies: zod quietly drops a `__proto__` key, which should be
  // reported like any other id no lesson could have.
  const raw = current as { exercises: object; lessonsVisited?: object; prefs?: unknown };
  const setAside: SetAsideEntry[] = [];
  const exercises = checkEach(
    raw.exercises,
    'exercise',
    setAside,
    progressEntryKeySchema,
    (value) => {
      const entry = progressEntrySchema.safeParse(value);
      return entry.success
        ? { ok: true, value: entry.data }
        : { ok: false, message: entryIssue(entry.error) };
    },
  );
  const progress: Progress = { schema: 3, exercises };
  if (raw.lessonsVisited !== undefined) {
    progress.lessonsVisited = checkEach(
      raw.lessonsVisited,
      'visit',
      setAside,
      progressKeySchema,
      (value) => {
        const time = visitTimeSchema.safeParse(value);
        return time.success
          ? { ok: true, value: time.data }
          : { ok: false, message: 'the visit time is not a time' };
      },
    );
  }
  if (raw.prefs !== undefined) {
    const prefs = prefsSchema.safeParse(raw.prefs);
    if (prefs.success) progress.prefs = prefs.data;
    else setAside.push({ what: 'prefs', id: 'prefs', message: entryIssue(prefs.error) });
  }
  if (shell.data.resetAt !== undefined) progress.resetAt = shell.data.resetAt;
  return {
    ok: true,
    progress,
    ...(version < CURRENT_SCHEMA ? { migratedFrom: version } : {}),
    ...(setAside.length ? { setAside } : {}),
  };
}

/**
 * Checks every own key and value of `record`, keeping those that pass (in a fresh object built
 * with `Object.fromEntries`, so no key can reach a prototype) and listing the others.
 */
function checkEach<T>(
  record: object,
  what: SetAsideEntry['what'],
  setAside: SetAsideEntry[],
  keySchema: { safeParse(key: string): { success: boolean } },
  check: (value: unknown) => { ok: true; value: T } | { ok: false; message: string },
): Record<string, T> {
  const kept: [string, T][] = [];
  for (const [id, value] of Object.entries(record)) {
    if (!keySchema.safeParse(id).success) {
      setAside.push({ what, id, message: 'not an id any lesson uses' });
      continue;
    }
    const checked = check(value);
    if (checked.ok) kept.push([id, checked.value]);
    else setAside.push({ what, id, message: checked.message });
  }
  return Object.fromEntries(kept);
}

/** Why a record failed, in a few words: which field, and what was wrong with it. */
function entryIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const first = error.issues[0];
  const field = String(first.path[0] ?? '');
  if (field === 'answer') return 'the answer is not in the shape of any exercise';
  return field ? `${field}: ${first.message}` : first.message;
}

function describe(
  error: { issues: { path: PropertyKey[]; message: string }[] },
  schema: number,
): string {
  const first = error.issues[0];
  return `not schema-${schema} progress: ${first.path.map(String).join('.') || '(root)'}: ${first.message}`;
}
