'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { emptyProgress, PROGRESS_KEY, type Progress, type ProgressStore } from '@/lib/progress';
import { browserProgress, inMemoryProgress } from './progressSource';

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

/** The page's progress source never changes once opened: nothing to subscribe to. */
const noChanges = () => () => {};
const notYet = () => null;

/**
 * The learner's progress for the whole site, kept in this browser. Opened once per page after
 * hydration (the static HTML has no storage), follows other tabs through the 'storage' event,
 * and reports (never hides) data it could not read.
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
  // Read from the browser, not copied into state by an effect: null while hydrating.
  const browser = useSyncExternalStore(noChanges, inMemory ? notYet : browserProgress, notYet);
  const [memory] = useState(() => (inMemory ? inMemoryProgress() : null));
  const source = inMemory ? memory : browser;
  const store = source?.store ?? null;
  // A notice raised later (a save that failed) replaces the load's; Dismiss clears both.
  const [raised, setRaised] = useState<string | null>(null);
  const [dismissedLoadNotice, setDismissedLoadNotice] = useState(false);
  const notice = raised ?? (dismissedLoadNotice ? null : (source?.notice ?? null));
  const setNotice = useCallback((next: string | null) => {
    setRaised(next);
    if (next === null) setDismissedLoadNotice(true);
  }, []);

  useEffect(() => {
    source?.bridge?.pageShown();
  }, [source]);

  useEffect(() => {
    if (!source?.sharedWithTabs) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key === PROGRESS_KEY) source.store.onExternalChange(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [source]);

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
  // One subscribe function per store: a new one on every render would make React unsubscribe
  // and subscribe again after each render.
  const subscribe = useCallback(
    (onChange: () => void) => (store ? store.subscribe(onChange) : () => {}),
    [store],
  );
  return useSyncExternalStore(
    subscribe,
    () => (store ? store.getSnapshot() : EMPTY),
    () => EMPTY,
  );
}
