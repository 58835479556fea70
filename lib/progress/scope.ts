import type { ExerciseOverrides } from '../exercises/types';
import { ownValue } from '../untrusted/own';
import type { Progress, ProgressEntry } from './schema';

/**
 * Where an answer is kept. A lesson's answer lives under the exercise id; an answer given under
 * an assignment that changes the exercise's settings lives under `id@fingerprint`, where the
 * fingerprint is a hash of those settings. So a lesson answer never stands in for an
 * assignment's tighter goal, an assignment's answer never replaces the lesson's, and two
 * assignments that set the same settings share one answer (it passes under both).
 */

/** The separator between id and fingerprint: ids are `[a-z0-9-]`, so it cannot occur in one. */
const SCOPE_MARK = '@';

/** A stored exercise key: an id, or an id with the 16-hex-digit fingerprint of its settings. */
export const PROGRESS_ENTRY_KEY = /^[a-z0-9][a-z0-9-]*(@[0-9a-f]{16})?$/;

/**
 * The settings as one canonical text: object keys sorted at every level, undefined fields left
 * out, numbers as JSON writes them. Two overrides that mean the same settings give one text.
 */
export function canonicalOverrides(overrides: ExerciseOverrides): string {
  const canonical = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map(canonical);
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)] as const)
      .filter(([, v]) => !(typeof v === 'object' && v !== null && Object.keys(v).length === 0));
    return Object.fromEntries(entries);
  };
  return JSON.stringify(canonical(overrides));
}

/**
 * FNV-1a over the UTF-16 code units, twice with different offset bases, as 16 hex digits:
 * h ← (h ⊕ c) · 16777619 mod 2³². Not a security hash — a stable name for a set of settings,
 * the same in every browser and in the grade command.
 */
export function stableHash(text: string): string {
  const fnv = (basis: number) => {
    let h = basis >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return fnv(0x811c9dc5) + fnv(0x01000193 ^ text.length);
}

/**
 * The fingerprint of an exercise's settings under an assignment, or undefined when they are the
 * lesson's own (no overrides, or overrides that set nothing).
 */
export function settingsFingerprint(overrides: ExerciseOverrides | undefined): string | undefined {
  if (!overrides) return undefined;
  const text = canonicalOverrides(overrides);
  return text === '{}' ? undefined : stableHash(text);
}

/** The key an answer is stored under: the id, or `id@fingerprint` for an assignment's settings. */
export function progressKey(id: string, fingerprint: string | undefined): string {
  return fingerprint ? `${id}${SCOPE_MARK}${fingerprint}` : id;
}

/** The key for an exercise as an assignment (or a lesson, without overrides) sets it. */
export function progressKeyFor(id: string, overrides: ExerciseOverrides | undefined): string {
  return progressKey(id, settingsFingerprint(overrides));
}

/** The exercise id of a stored key, and its fingerprint if it is an assignment's answer. */
export function splitProgressKey(key: string): { id: string; fingerprint?: string } {
  const at = key.indexOf(SCOPE_MARK);
  return at < 0 ? { id: key } : { id: key.slice(0, at), fingerprint: key.slice(at + 1) };
}

/**
 * The record an exercise reads and writes under these settings: the lesson's (by id) for the
 * lesson's own settings, else the one under `id@fingerprint`.
 */
export function entryFor(
  progress: Progress,
  id: string,
  overrides: ExerciseOverrides | undefined,
): ProgressEntry | undefined {
  return ownValue(progress.exercises, progressKeyFor(id, overrides));
}
