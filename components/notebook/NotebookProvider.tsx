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
import type { ParamSpecs, ParamValue } from '@/lib/notebook/params';
import { createNotebookStore, type NotebookStore } from '@/lib/notebook/store';
import { decodeState, encodeState, type TextValidator } from '@/lib/notebook/url-state';
import { loadFormulaEngine } from '@/components/formula/formulaEngine';
import { AWAY_SETTLE_MS, usePlacement } from './placement';

const NotebookContext = createContext<NotebookStore | null>(null);

/** Loads the formula engine only on pages whose state holds a formula or an update rule. */
async function loadTextValidator(specs: ParamSpecs): Promise<TextValidator> {
  const needsEngine = Object.values(specs).some((s) => s.kind === 'formula' || s.kind === 'rule');
  if (!needsEngine) return () => true;
  const { parseObjective, parseUpdateRule } = await loadFormulaEngine();
  return (kind, source) =>
    (kind === 'formula' ? parseObjective(source) : parseUpdateRule(source)).ok;
}

/**
 * Holds one page's shared values and keeps them in the URL, so "Copy link" reproduces exactly
 * what the learner sees and a page opened from such a link restores it.
 */
export function NotebookProvider({ specs, children }: { specs: ParamSpecs; children: ReactNode }) {
  const [store] = useState(() => createNotebookStore(specs));

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const writeUrl = () => {
      const query = encodeState(store.specs, store.getAll());
      const url = new URL(window.location.href);
      url.search = query;
      window.history.replaceState(window.history.state, '', url);
    };
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(writeUrl, 200);
    });
    loadTextValidator(store.specs).then((validate) => {
      if (cancelled) return;
      const { values } = decodeState(store.specs, window.location.search, validate);
      store.setMany(values);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);

  return <NotebookContext.Provider value={store}>{children}</NotebookContext.Provider>;
}

/** The page's store; widgets placed outside a lesson (the gallery) get their own provider. */
export function useNotebook(): NotebookStore {
  const store = useContext(NotebookContext);
  if (!store) throw new Error('useNotebook() needs a <NotebookProvider> above it');
  return store;
}

/** Reads and writes one named value; re-renders only when that value changes. */
export function useParam<T extends ParamValue = ParamValue>(name: string): [T, (value: T) => void] {
  const store = useNotebook();
  if (!Object.hasOwn(store.specs, name)) {
    throw new Error(`This page declares no value named "${name}" (check the lesson's params)`);
  }
  const subscribe = useCallback(
    (onChange: () => void) => store.subscribe((changed) => changed.has(name) && onChange()),
    [store, name],
  );
  const value = useSyncExternalStore(
    subscribe,
    () => store.get(name),
    () => store.get(name),
  ) as T;
  const set = useCallback((next: T) => store.set(name, next), [store, name]);
  return [value, set];
}

/** True when the page declares `name`: lets a widget fall back to its own prop. */
export function useHasParam(name: string | undefined): boolean {
  const store = useContext(NotebookContext);
  return !!name && !!store && Object.hasOwn(store.specs, name);
}

const noop = () => {};

/**
 * A widget setting that follows the page value `name` when the lesson declares it. Otherwise it
 * is the widget's own: `fallback` until the widget sets it (the gallery, an exercise's figure,
 * a lesson without that value). Returns the value, its setter and whether it is bound.
 */
export function useBinding<T extends ParamValue>(
  name: string | undefined,
  fallback: T,
): [T, (value: T) => void, boolean] {
  const store = useContext(NotebookContext);
  const bound = !!name && !!store && Object.hasOwn(store.specs, name);
  const [local, setLocal] = useState<T | null>(null);
  const placement = usePlacement();
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!bound) return noop;
      // A widget more than a screen away follows once the value rests (or at once when it comes
      // back): it does not re-render on every move of a drag nobody watching it can see.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const follow = () => {
        clearTimeout(timer);
        timer = undefined;
        onChange();
      };
      const catchUp = () => timer !== undefined && follow();
      placement?.onReturn.add(catchUp);
      const unsubscribe = store.subscribe((changed) => {
        if (!changed.has(name)) return;
        if (!placement?.away) return follow();
        clearTimeout(timer);
        timer = setTimeout(follow, AWAY_SETTLE_MS);
      });
      return () => {
        unsubscribe();
        clearTimeout(timer);
        placement?.onReturn.delete(catchUp);
      };
    },
    [bound, store, name, placement],
  );
  const value = useSyncExternalStore(
    subscribe,
    () => (bound ? store.get(name) : undefined),
    () => (bound ? store.get(name) : undefined),
  ) as T | undefined;
  // A stable setter, so a memoised control row is not re-rendered by its parent's other updates.
  const setBound = useCallback((next: T) => store?.set(name!, next), [store, name]);
  if (bound) return [value ?? fallback, setBound, true];
  return [local ?? fallback, setLocal, false];
}
