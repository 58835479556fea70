import { ownValue } from '../untrusted/own';
import type { Prefs, Progress, ProgressEntry } from './schema';

/**
 * Combines two copies of progress (two tabs, or storage and an imported file) without losing
 * an answer. Per exercise: a correct answer beats an incorrect one, otherwise the more recent
 * `updatedAt` wins (ties broken by the answer's canonical JSON, so the result never depends on
 * argument order); attempts and hintsShown take the maximum, revealed is "either". Lesson visits
 * keep the latest time (visits before a reset are dropped too); prefs are replaced whole by the more recent copy. A reset (`resetAt`)
 * drops, in both copies, every entry last changed at or before it.
 *
 * Commutative and idempotent (property-tested); associative as long as no reset intervenes.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const resetAt = maxDefined(a.resetAt, b.resetAt);
  const merged: [string, ProgressEntry][] = [];
  for (const id of new Set([...Object.keys(a.exercises), ...Object.keys(b.exercises)])) {
    const left = survives(ownValue(a.exercises, id), resetAt);
    const right = survives(ownValue(b.exercises, id), resetAt);
    const entry = left && right ? mergeEntry(left, right) : (left ?? right);
    if (entry) merged.push([id, entry]);
  }
  const exercises = Object.fromEntries(merged);
  const lessonsVisited = mergeVisits(a.lessonsVisited, b.lessonsVisited, resetAt);
  const prefs = mergePrefs(a.prefs, b.prefs);
  return {
    schema: 3,
    exercises,
    ...(lessonsVisited ? { lessonsVisited } : {}),
    ...(prefs ? { prefs } : {}),
    ...(resetAt !== undefined ? { resetAt } : {}),
  };
}

/** One exercise's two records combined (see `mergeProgress`). */
export function mergeEntry(a: ProgressEntry, b: ProgressEntry): ProgressEntry {
  const winner = compareEntries(a, b) >= 0 ? a : b;
  return {
    answer: winner.answer,
    correct: winner.correct,
    updatedAt: winner.updatedAt,
    attempts: Math.max(a.attempts, b.attempts),
    hintsShown: Math.max(a.hintsShown, b.hintsShown),
    revealed: a.revealed || b.revealed,
  };
}

/** Orders records by (correct, updatedAt, canonical answer): a total order, so the choice is symmetric. */
function compareEntries(a: ProgressEntry, b: ProgressEntry): number {
  if (a.correct !== b.correct) return a.correct ? 1 : -1;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt - b.updatedAt;
  const ka = canonicalJson(a.answer);
  const kb = canonicalJson(b.answer);
  return ka === kb ? 0 : ka > kb ? 1 : -1;
}

function survives(
  entry: ProgressEntry | undefined,
  resetAt: number | undefined,
): ProgressEntry | undefined {
  return entry && (resetAt === undefined || entry.updatedAt > resetAt) ? entry : undefined;
}

function mergeVisits(
  a: Progress['lessonsVisited'],
  b: Progress['lessonsVisited'],
  resetAt: number | undefined,
): Progress['lessonsVisited'] {
  if (!a && !b) return undefined;
  const latest = new Map<string, number>();
  for (const [slug, at] of [...Object.entries(a ?? {}), ...Object.entries(b ?? {})]) {
    if (resetAt === undefined || at > resetAt)
      latest.set(slug, Math.max(latest.get(slug) ?? at, at));
  }
  return Object.fromEntries(latest);
}

function mergePrefs(a: Prefs | undefined, b: Prefs | undefined): Prefs | undefined {
  if (!a || !b) return a ?? b;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return canonicalJson(a.values) >= canonicalJson(b.values) ? a : b;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** JSON with object keys sorted, so equal values give equal strings whatever their key order. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([x], [y]) =>
              x < y ? -1 : x > y ? 1 : 0,
            ),
          )
        : v,
    ) ?? 'undefined'
  );
}
