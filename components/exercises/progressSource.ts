'use client';

import type { ExerciseAnswer } from '@/lib/exercises/types';
import { PROGRESS_KEY, ProgressStore, type AttemptOutcome, type LoadReport } from '@/lib/progress';
import { findScormBridge, type ScormBridge } from '@/lib/scorm/bridge';

/** A progress store and what loading it found worth telling the learner. */
export interface ProgressSource {
  store: ProgressStore;
  /** Unreadable data set aside, storage full or off: shown until dismissed. */
  notice: string | null;
  /** Inside a SCORM package: the LMS connection (told that the page is shown, once mounted). */
  bridge: ScormBridge | null;
  /** Whether other tabs may change the store (the browser's storage, not memory or an LMS). */
  sharedWithTabs: boolean;
}

/** localStorage can be missing or throw (privacy modes, file:// in some browsers). */
function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(PROGRESS_KEY);
    return storage;
  } catch {
    return null;
  }
}

/** In a SCORM package: the store also tells the LMS about each checked answer, once saved. */
class ReportingStore extends ProgressStore {
  constructor(private readonly bridge: ScormBridge) {
    super(bridge.storage);
  }
  override recordAttempt(id: string, answer: ExerciseAnswer, outcome: AttemptOutcome) {
    const saved = super.recordAttempt(id, answer, outcome);
    if (saved.ok) this.bridge.recordAttempt(id, answer, outcome.correct);
    return saved;
  }
}

function memoryStore(): ProgressStore {
  const memory = new Map<string, string>();
  return new ProgressStore({
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  });
}

/** What a load report means for the learner, in a sentence (null: nothing to say). */
export function loadNotice(report: LoadReport): string | null {
  if (report.setAside) {
    const ids = report.setAside.map((e) => e.id).join(', ');
    return (
      `Part of your saved progress could not be read (${ids}), so it was set aside` +
      (report.backedUpAs ? ` (kept in this browser as “${report.backedUpAs}”)` : '') +
      '; the rest of your progress is kept.'
    );
  }
  if (report.backedUpAs)
    return `Your saved progress could not be read, so it was set aside (kept in this browser as “${report.backedUpAs}”) and a fresh record was started.`;
  if (report.problem) return `Progress could not be saved: ${report.problem.message}`;
  return null;
}

let pageSource: ProgressSource | null = null;

/**
 * The page's progress, opened once per page on first use in the browser: inside a SCORM
 * package's launch page the LMS keeps it (lib/scorm/bridge.ts), else localStorage, else memory
 * (with a notice that nothing is saved).
 */
export function browserProgress(): ProgressSource {
  if (pageSource) return pageSource;
  const bridge = findScormBridge(window);
  if (bridge) {
    const store = new ReportingStore(bridge);
    store.load();
    pageSource = { store, notice: null, bridge, sharedWithTabs: false };
    return pageSource;
  }
  const storage = browserStorage();
  if (!storage) {
    pageSource = {
      store: memoryStore(),
      notice:
        'This browser does not let the course save progress here; answers are kept until you close the page.',
      bridge: null,
      sharedWithTabs: false,
    };
    return pageSource;
  }
  const store = new ProgressStore(storage);
  pageSource = { store, notice: loadNotice(store.load()), bridge: null, sharedWithTabs: true };
  return pageSource;
}

/** A fresh progress that lives only as long as the component holding it. */
export function inMemoryProgress(): ProgressSource {
  return { store: memoryStore(), notice: null, bridge: null, sharedWithTabs: false };
}
