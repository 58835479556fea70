import { progressFromFile, progressToFile } from './file';
import { mergeProgress } from './merge';
import { parseProgress, type ProgressProblem } from './parse';
import { emptyProgress, type Progress, type ProgressEntry } from './schema';
import {
  safeGet,
  safeSet,
  type KeyValueStorage,
  type SaveResult,
  type StorageProblem,
} from './storage';

/** The storage key progress lives under. */
export const PROGRESS_KEY = 'momentum.progress';
/** Unreadable stored progress is copied to `momentum.progress.corrupt.<ms epoch>` before anything is written. */
export const CORRUPT_KEY_PREFIX = 'momentum.progress.corrupt.';

/** What `load` found. */
export interface LoadReport {
  progress: Progress;
  /** The schema the stored data was migrated from, if it was older. */
  migratedFrom?: number;
  /** Stored data could not be read: it was copied to this key and progress went on without it. */
  backedUpAs?: string;
  /** What went wrong, if anything (reading, backing up or writing). */
  problem?: { reason: ProgressProblem | StorageProblem; message: string };
}

export type ImportResult =
  | { ok: true; imported: number; migratedFrom?: number; save: SaveResult }
  | { ok: false; reason: string };

/** What the learner's check of an answer said; only `correct` is stored. */
export interface AttemptOutcome {
  correct: boolean;
}

/**
 * The learner's progress, kept in memory and in an injected key-value storage (the browser's
 * localStorage). Every write re-reads storage and merges before writing (read-merge-write), so
 * two tabs never overwrite each other's answers; `onExternalChange` merges what another tab
 * wrote (wire it to the 'storage' event). Failures are values: a full storage returns
 * `{ ok: false, reason: 'quota' }` and the change stays in memory until a later write succeeds;
 * unreadable stored data is backed up under CORRUPT_KEY_PREFIX, never dropped.
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
    const sync = this.sync();
    const report: LoadReport = { progress: this.memory };
    if (sync.migratedFrom !== undefined) report.migratedFrom = sync.migratedFrom;
    if (sync.backedUpAs) report.backedUpAs = sync.backedUpAs;
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
   * counts as an attempt but keeps the correct answer: a solved exercise stays solved.
   */
  recordAttempt(id: string, answer: unknown, outcome: AttemptOutcome): SaveResult {
    return this.change((progress) => {
      const previous = progress.exercises[id];
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
      const previous = progress.exercises[id] ?? blankEntry();
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
      const previous = progress.exercises[id] ?? blankEntry();
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
   * other tabs drop the same entries when they merge instead of writing them back.
   */
  reset(): SaveResult {
    return this.change((progress) => ({
      schema: 2,
      exercises: {},
      resetAt: Math.max(this.now(), (progress.resetAt ?? 0) + 1),
      ...(progress.prefs ? { prefs: progress.prefs } : {}),
    }));
  }

  /** The progress as a downloadable `momentum-progress` file. */
  exportFile(): string {
    return progressToFile(this.memory, this.now());
  }

  /** Merges (never replaces) a progress file into this progress and saves. */
  importFile(text: string): ImportResult {
    const file = progressFromFile(text);
    if (!file.ok) return file;
    // Re-read storage first so the reset time we stamp past is the latest one.
    this.sync();
    this.memory = mergeProgress(this.memory, asImportedAfter(file.progress, this.memory.resetAt));
    const { save } = this.sync();
    this.notify();
    return {
      ok: true,
      imported: Object.keys(file.progress.exercises).length,
      ...(file.migratedFrom !== undefined ? { migratedFrom: file.migratedFrom } : {}),
      save,
    };
  }

  /**
   * Merges what another tab stored (the 'storage' event's `newValue` for PROGRESS_KEY). Nothing
   * is written back; unreadable data is left for the next write to back up.
   */
  onExternalChange(raw: string | null): void {
    const parsed = parseProgress(raw);
    if (!parsed.ok || raw === null) return;
    this.memory = mergeProgress(this.memory, parsed.progress);
    this.notify();
  }

  private change(update: (progress: Progress) => Progress): SaveResult {
    // Merge what is stored first, so the change is stamped after a reset another tab made.
    const stored = safeGet(this.storage, this.key);
    const parsed = stored.ok && stored.value !== null ? parseProgress(stored.value) : undefined;
    if (parsed?.ok) this.memory = mergeProgress(parsed.progress, this.memory);
    this.memory = update(this.memory);
    const { save } = this.sync();
    this.notify();
    return save;
  }

  /** Read-merge-write: the heart of the store. Memory always ends up holding the merged data. */
  private sync(): {
    save: SaveResult;
    migratedFrom?: number;
    backedUpAs?: string;
    problem?: LoadReport['problem'];
  } {
    const stored = safeGet(this.storage, this.key);
    if (!stored.ok) return { save: stored };
    const raw = stored.value;
    const parsed = parseProgress(raw);
    let backedUpAs: string | undefined;
    let problem: LoadReport['problem'];
    if (parsed.ok) {
      this.memory = mergeProgress(parsed.progress, this.memory);
    } else {
      backedUpAs = `${CORRUPT_KEY_PREFIX}${this.now()}`;
      const backup = safeSet(this.storage, backedUpAs, parsed.raw);
      // Without a backup, overwriting would lose the learner's data: keep it and report.
      if (!backup.ok)
        return { save: backup, problem: { reason: parsed.reason, message: parsed.message } };
      problem = { reason: parsed.reason, message: parsed.message };
    }
    const text = JSON.stringify(this.memory);
    const save = text === raw ? { ok: true as const } : safeSet(this.storage, this.key, text);
    return {
      save,
      ...(parsed.ok && parsed.migratedFrom !== undefined
        ? { migratedFrom: parsed.migratedFrom }
        : {}),
      ...(backedUpAs ? { backedUpAs } : {}),
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
  return { ...progress, exercises: { ...progress.exercises, [id]: entry } };
}

/**
 * A progress file the learner chose to load is newer than any reset made here: without
 * re-stamping, a file saved before "Reset my progress" would merge into nothing. The file's own
 * reset time is dropped too, so loading a file never erases answers in this browser.
 */
function asImportedAfter(progress: Progress, resetAt: number | undefined): Progress {
  const after = (t: number) => (resetAt === undefined ? t : Math.max(t, resetAt + 1));
  const exercises = Object.fromEntries(
    Object.entries(progress.exercises).map(([id, entry]) => [
      id,
      { ...entry, updatedAt: after(entry.updatedAt) },
    ]),
  );
  const lessonsVisited = progress.lessonsVisited
    ? Object.fromEntries(
        Object.entries(progress.lessonsVisited).map(([slug, t]) => [slug, after(t)]),
      )
    : undefined;
  const { resetAt: _ignored, ...rest } = progress;
  return { ...rest, exercises, ...(lessonsVisited ? { lessonsVisited } : {}) };
}
