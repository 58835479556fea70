'use client';

import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { ExerciseAnswer } from '@/lib/exercises/types';
import {
  emptyProgress,
  PROGRESS_KEY,
  ProgressStore,
  type AttemptOutcome,
  type Progress,
} from '@/lib/progress';
import { findScormBridge, type ScormBridge } from '@/lib/scorm/bridge';

interface ProgressContextValue {
  store: ProgressStore | null;
  /** A problem worth telling the learner (unreadable data set aside, storage full or off). */
  notice: string | null;
  setNotice: (notice: string | null) => void;
}

const ProgressContext = createContext<ProgressContextValue>({
  store: null,
  notice: null,
  setNotice: () => {},
});
const EMPTY = emptyProgress();

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

/**
 * The learner's progress for the whole site, kept in this browser. Loads once, follows other
 * tabs through the 'storage' event, and reports (never hides) data it could not read.
 *
 * `inMemory`: a fresh progress that lives only as long as the page and never reads or writes
 * the browser's (an instructor previewing an assignment sees it as a new student would, and
 * leaves their own progress untouched). Nested inside the site-wide provider, it wins.
 */
export function ProgressProvider({
  children,
  inMemory = false,
}: {
  children: ReactNode;
  inMemory?: boolean;
}) {
  const [store, setStore] = useState<ProgressStore | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    // Inside a SCORM package's launch page the LMS keeps the progress (lib/scorm/bridge.ts).
    const bridge = inMemory ? null : findScormBridge(window);
    if (bridge) {
      const reporting = new ReportingStore(bridge);
      reporting.load();
      bridge.pageShown();
      setStore(reporting);
      return;
    }
    const storage = inMemory ? null : browserStorage();
    if (!storage && !inMemory) {
      setNotice(
        'This browser does not let the course save progress here; answers are kept until you close the page.',
      );
    }
    const memory = new Map<string, string>();
    const progressStore = new ProgressStore(
      storage ?? {
        getItem: (k) => memory.get(k) ?? null,
        setItem: (k, v) => void memory.set(k, v),
        removeItem: (k) => void memory.delete(k),
      },
    );
    const report = progressStore.load();
    if (report.setAside) {
      const ids = report.setAside.map((e) => e.id).join(', ');
      setNotice(
        `Part of your saved progress could not be read (${ids}), so it was set aside` +
          (report.backedUpAs ? ` (kept in this browser as “${report.backedUpAs}”)` : '') +
          '; the rest of your progress is kept.',
      );
    } else if (report.backedUpAs) {
      setNotice(
        `Your saved progress could not be read, so it was set aside (kept in this browser as “${report.backedUpAs}”) and a fresh record was started.`,
      );
    } else if (report.problem) {
      setNotice(`Progress could not be saved: ${report.problem.message}`);
    }
    setStore(progressStore);
    if (inMemory) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key === PROGRESS_KEY) progressStore.onExternalChange(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [inMemory]);

  return (
    <ProgressContext.Provider value={{ store, notice, setNotice }}>
      {notice && (
        <div className="progress-notice no-print" role="alert">
          {notice}{' '}
          <button type="button" className="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {children}
    </ProgressContext.Provider>
  );
}

export function useProgressStore(): ProgressContextValue {
  return useContext(ProgressContext);
}

/** The current progress (empty until the browser's copy has loaded). */
export function useProgress(): Progress {
  const { store } = useContext(ProgressContext);
  return useSyncExternalStore(
    (onChange) => (store ? store.subscribe(onChange) : () => {}),
    () => (store ? store.getSnapshot() : EMPTY),
    () => EMPTY,
  );
}
