import { progressFromFile, progressToFile } from './file';
import { ownValue } from '../untrusted/own';
import { mergeProgress } from './merge';
import { parseProgress, type ProgressProblem, type SetAsideEntry } from './parse';
import { storedAnswerSchema, type ExerciseAnswer } from '../exercises/types';
import { emptyProgress, type Progress, type ProgressEntry } from './schema';
import {
  messageOf,
  safeGet,
  safeSet,
  type KeyValueStorage,
  type SaveResult,
  type StorageProblem,
} from './storage';

/** The storage key progress lives under. */
export const PROGRESS_KEY = 'momentum.progress';
/**
 * Unreadable stored progress, or progress with entries that had to be set aside, is copied to
 * `momentum.progress.corrupt.<ms epoch>` before anything is written.
 */
export const CORRUPT_KEY_PREFIX = 'momentum.progress.corrupt.';

/** What `load` found. */
export interface LoadReport {
  progress: Progress;
  /** The schema the stored data was migrated from, if it was older. */
  migratedFrom?: number;
  /**
   * Stored data could not be read, whole or in part: it was copied to this key and progress went
   * on without it (or, with `setAside`, without those entries).
   */
  backedUpAs?: string;
  /** Stored entries that failed their schema and were left out; the rest was kept. */
  setAside?: SetAsideEntry[];
  /** What went wrong, if anything (reading, backing up, writing, or an unexpected failure). */
  problem?: {
    reason: ProgressProblem | StorageProblem | 'invalid-entries' | 'failed';
    message: string;
  };
}

export type ImportResult =
  | {
      ok: true;
      imported: number;
      migratedFrom?: number;
      /** Entries of the file that failed their schema and were left out. */
      skipped?: SetAsideEntry[];
      save: SaveResult;
    }
  | { ok: false; reason: string };

/** What the learner's check of an answer said; only `correct` is stored. */
export interface AttemptOutcome {
  correct: boolean;
}

/**
 * The learner's progress, kept in memory and in an injected key-value storage (the browser's
 * localStorage). Every write re-reads storage and merges before writing (read-merge-write), so
 * two tabs never overwrite each other's answers; `onExternalChange` merges what another tab
 * wrote (wire it to the 'storage' event). Failures are values, never throws: a full storage
 * returns `{ ok: false, reason: 'quota' }` and the change stays in memory until a later write
 * succeeds; an unexpected error returns `{ ok: false, reason: 'failed' }` and changes nothing.
 * Unreadable stored data, and stored entries that fail their schema, are backed up under
 * CORRUPT_KEY_PREFIX and reported, never dropped silently; the readable rest is kept.
 *
 * `subscribe` and `getSnapshot` fit React's `useSyncExternalStore`.
 */
export class ProgressStore {
  private memory: Progress = emptyProgress();
  private readonly listeners = new Set<(progress: Progress) => void>();
  private readonly key: string;
  private readonly now: () => number;

  constructor(
    private readonly storage: KeyValueStorage,
    options: { key?: string; now?: () => number } = {},
  ) {
    this.key = options.key ?? PROGRESS_KEY;
    this.now = options.now ?? Date.now;
  }

  /** Reads stored progress (migrating it if old) and merges it into memory. */
  load(): LoadReport {
    let sync: ReturnType<ProgressStore['sync']>;
    try {
      sync = this.sync();
    } catch (error) {
      return { progress: this.memory, problem: { reason: 'failed', message: messageOf(error) } };
    }
    const report: LoadReport = { progress: this.memory };
    if (sync.migratedFrom !== undefined) report.migratedFrom = sync.migratedFrom;
    if (sync.backedUpAs) report.backedUpAs = sync.backedUpAs;
    if (sync.setAside) report.setAside = sync.setAside;
    if (sync.problem) report.problem = sync.problem;
    else if (!sync.save.ok)
      report.problem = { reason: sync.save.reason, message: sync.save.message };
    return report;
  }

  /** The current progress; the same object until something changes. */
  getSnapshot = (): Progress => this.memory;

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: (progress: Progress) => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /**
   * Records an answer and its verdict; attempts count up. A wrong answer after a correct one
   * counts as an attempt but keeps the correct answer: a solved exercise stays solved. An answer
   * that fits no exercise kind's schema is refused (as a value), so storage only ever holds
   * answers that read back.
   */
  recordAttempt(id: string, answer: ExerciseAnswer, outcome: AttemptOutcome): SaveResult {
    if (!storedAnswerSchema.safeParse(answer).success)
      return {
        ok: false,
        reason: 'failed',
        message: 'the answer is not in the shape of any exercise',
      };
    return this.change((progress) => {
      const previous = ownValue(progress.exercises, id);
      const attempts = (previous?.attempts ?? 0) + 1;
      if (previous?.correct && !outcome.correct)
        return withEntry(progress, id, { ...previous, attempts });
      return withEntry(progress, id, {
        ...(previous ?? blankEntry()),
        answer,
        correct: outcome.correct,
        attempts,
        updatedAt: this.stamp(progress, previous),
      });
    });
  }

  /** Counts one more hint shown. */
  revealHint(id: string): SaveResult {
    return this.change((progress) => {
      const previous = ownValue(progress.exercises, id) ?? blankEntry();
      return withEntry(progress, id, {
        ...previous,
        hintsShown: previous.hintsShown + 1,
        updatedAt: this.stamp(progress, previous),
      });
    });
  }

  /** Marks the solution as seen (graders and the teacher's view can tell). */
  revealSolution(id: string): SaveResult {
    return this.change((progress) => {
      const previous = ownValue(progress.exercises, id) ?? blankEntry();
      return withEntry(progress, id, {
        ...previous,
        revealed: true,
        updatedAt: this.stamp(progress, previous),
      });
    });
  }

  /** Notes a visit to a lesson (for "continue where you left off"). */
  visitLesson(slug: string): SaveResult {
    return this.change((progress) => ({
      ...progress,
      lessonsVisited: { ...progress.lessonsVisited, [slug]: this.stamp(progress, undefined) },
    }));
  }

  /** Sets preferences (merged into the current ones). */
  setPrefs(values: Record<string, string | number | boolean>): SaveResult {
    return this.change((progress) => ({
      ...progress,
      prefs: { updatedAt: this.now(), values: { ...progress.prefs?.values, ...values } },
    }));
  }

  /**
   * Forgets every answer and visit (preferences stay). The reset time travels with the data, so
   * other tabs drop the same entries when they merge instead of writing them back. It is stamped
   * at or after every entry it forgets, even one stamped in the future by a clock that ran
   * ahead: a reset wins over everything before it.
   */
  reset(): SaveResult {
    return this.change((progress) => ({
      schema: 3,
      exercises: {},
      resetAt: Math.max(this.now(), (progress.resetAt ?? 0) + 1, latestStamp(progress)),
      ...(progress.prefs ? { prefs: progress.prefs } : {}),
    }));
  }

  /** The progress as a downloadable `momentum-progress` file. */
  exportFile(): string {
    return progressToFile(this.memory, this.now());
  }

  /**
   * Merges (never replaces) a progress file into this progress and saves. Entries of the file
   * that fail their schema are left out and listed in `skipped`; the rest is loaded.
   */
  importFile(text: string): ImportResult {
    const file = progressFromFile(text);
    if (!file.ok) return file;
    const before = this.memory;
    try {
      // Re-read storage first so the reset time we stamp past is the latest one.
      this.sync();
      const imported = asImportedAfter(file.progress, this.memory.resetAt, this.now());
      this.memory = mergeProgress(this.memory, imported);
      const { save } = this.sync();
      this.notify();
      return {
        ok: true,
        imported: Object.keys(file.progress.exercises).length,
        ...(file.migratedFrom !== undefined ? { migratedFrom: file.migratedFrom } : {}),
        ...(file.setAside ? { skipped: file.setAside } : {}),
        save,
      };
    } catch (error) {
      this.memory = before;
      return { ok: false, reason: `It could not be loaded: ${messageOf(error)}.` };
    }
  }

  /**
   * Merges what another tab stored (the 'storage' event's `newValue` for PROGRESS_KEY). Nothing
   * is written back; unreadable data is left for the next write to back up.
   */
  onExternalChange(raw: string | null): void {
    const parsed = parseProgress(raw);
    if (!parsed.ok || raw === null) return;
    try {
      this.memory = mergeProgress(this.memory, parsed.progress);
    } catch {
      return; // This tab's next write re-reads storage and reports what it cannot use.
    }
    this.notify();
  }

  /** Every change goes through here: merged with storage, saved, and never a throw. */
  private change(update: (progress: Progress) => Progress): SaveResult {
    const before = this.memory;
    try {
      // Merge what is stored first, so the change is stamped after a reset another tab made.
      const stored = safeGet(this.storage, this.key);
      const parsed = stored.ok && stored.value !== null ? parseProgress(stored.value) : undefined;
      if (parsed?.ok) this.memory = mergeProgress(parsed.progress, this.memory);
      this.memory = update(this.memory);
      const { save } = this.sync();
      this.notify();
      return save;
    } catch (error) {
      this.memory = before;
      return { ok: false, reason: 'failed', message: messageOf(error) };
    }
  }

  /** Read-merge-write: the heart of the store. Memory always ends up holding the merged data. */
  private sync(): {
    save: SaveResult;
    migratedFrom?: number;
    backedUpAs?: string;
    setAside?: SetAsideEntry[];
    problem?: LoadReport['problem'];
  } {
    const stored = safeGet(this.storage, this.key);
    if (!stored.ok) return { save: stored };
    const raw = stored.value;
    const parsed = parseProgress(raw);
    if (parsed.ok) this.memory = mergeProgress(parsed.progress, this.memory);
    // What cannot be used, whole or in part, is copied aside before the key is overwritten.
    const problem: LoadReport['problem'] = !parsed.ok
      ? { reason: parsed.reason, message: parsed.message }
      : parsed.setAside
        ? { reason: 'invalid-entries', message: describeSetAside(parsed.setAside) }
        : undefined;
    let backedUpAs: string | undefined;
    if (problem && raw !== null) {
      backedUpAs = `${CORRUPT_KEY_PREFIX}${this.now()}`;
      const backup = safeSet(this.storage, backedUpAs, raw);
      // Without a backup, overwriting would lose the learner's data: keep it and report.
      if (!backup.ok)
        return {
          save: backup,
          problem,
          ...(parsed.ok && parsed.setAside ? { setAside: parsed.setAside } : {}),
        };
    }
    const text = JSON.stringify(this.memory);
    const save = text === raw ? { ok: true as const } : safeSet(this.storage, this.key, text);
    return {
      save,
      ...(parsed.ok && parsed.migratedFrom !== undefined
        ? { migratedFrom: parsed.migratedFrom }
        : {}),
      ...(backedUpAs ? { backedUpAs } : {}),
      ...(parsed.ok && parsed.setAside ? { setAside: parsed.setAside } : {}),
      ...(problem ? { problem } : {}),
    };
  }

  /** A change time after the entry's last one and after any reset, even within one millisecond. */
  private stamp(progress: Progress, previous: ProgressEntry | undefined): number {
    return Math.max(this.now(), (previous?.updatedAt ?? -1) + 1, (progress.resetAt ?? -1) + 1);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.memory);
  }
}

function blankEntry(): ProgressEntry {
  return {
    answer: null,
    correct: false,
    attempts: 0,
    hintsShown: 0,
    revealed: false,
    updatedAt: 0,
  };
}

function withEntry(progress: Progress, id: string, entry: ProgressEntry): Progress {
  // A computed key defines an own property, even for an id such as `__proto__`.
  return { ...progress, exercises: { ...progress.exercises, [id]: entry } };
}

/** The latest time any entry or visit of `progress` was stamped with. */
function latestStamp(progress: Progress): number {
  let latest = 0;
  for (const entry of Object.values(progress.exercises)) latest = Math.max(latest, entry.updatedAt);
  for (const at of Object.values(progress.lessonsVisited ?? {})) latest = Math.max(latest, at);
  return latest;
}

/** "2 saved answers could not be read: a (why), b (why)". */
export function describeSetAside(entries: readonly SetAsideEntry[]): string {
  const list = entries.map((e) => `${e.id} (${e.message})`).join('; ');
  return `${entries.length} saved ${entries.length === 1 ? 'entry' : 'entries'} could not be read: ${list}`;
}

/**
 * A progress file the learner chose to load is stamped as of now: times in the future (a
 * computer whose clock ran ahead, or a hand-edited file) are brought back to `now`, so that a
 * later reset still clears them; and times before a reset made here are moved past it, since
 * without that a file saved before "Reset my progress" would merge into nothing. The file's own
 * reset time is dropped too, so loading a file never erases answers in this browser.
 */
function asImportedAfter(progress: Progress, resetAt: number | undefined, now: number): Progress {
  const stamp = (t: number) => {
    const clamped = Math.min(t, now);
    return resetAt === undefined ? clamped : Math.max(clamped, resetAt + 1);
  };
  const exercises = Object.fromEntries(
    Object.entries(progress.exercises).map(([id, entry]) => [
      id,
      { ...entry, updatedAt: stamp(entry.updatedAt) },
    ]),
  );
  const lessonsVisited = progress.lessonsVisited
    ? Object.fromEntries(
        Object.entries(progress.lessonsVisited).map(([slug, t]) => [slug, stamp(t)]),
      )
    : undefined;
  const { resetAt: _ignored, prefs, ...rest } = progress;
  return {
    ...rest,
    exercises,
    ...(lessonsVisited ? { lessonsVisited } : {}),
    ...(prefs ? { prefs: { ...prefs, updatedAt: Math.min(prefs.updatedAt, now) } } : {}),
  };
}
