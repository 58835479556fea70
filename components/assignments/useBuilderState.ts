'use client';

import { useEffect, useRef, useState } from 'react';
import { randomIdSuffix } from '@/lib/assignments/assignment-id';
import {
  BUILDER_STATE_KEY,
  emptyBuilderState,
  readBuilderState,
  type BuilderState,
} from '@/lib/assignments/builder-state';

/**
 * The builder's unfinished assignment, kept in localStorage so a reload (or a closed tab) loses
 * nothing. Read once after mounting (the static page has no storage at build time) through the
 * schema; damaged data becomes a notice and an empty builder, and storage that is off or full
 * becomes a notice while the builder keeps working in memory.
 */
export function useBuilderState(): {
  state: BuilderState;
  update: (change: (state: BuilderState) => BuilderState) => void;
  notice: string | null;
  loaded: boolean;
} {
  const [state, setState] = useState<BuilderState>(() => emptyBuilderState('00000'));
  const [notice, setNotice] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const storageWorks = useRef(true);

  useEffect(() => {
    let raw: string | null = null;
    try {
      raw = window.localStorage.getItem(BUILDER_STATE_KEY);
    } catch {
      storageWorks.current = false;
      setNotice('This browser does not let the builder save here: a reload starts it empty.');
    }
    const reading = readBuilderState(raw);
    if (!reading.ok) setNotice(reading.notice);
    setState((reading.ok && reading.state) || emptyBuilderState(randomIdSuffix()));
    setLoaded(true);
  }, []);

  useEffect(() => {
    // Before loading, the state is the placeholder: writing it would erase the stored one.
    if (!loaded || !storageWorks.current) return;
    try {
      window.localStorage.setItem(BUILDER_STATE_KEY, JSON.stringify(state));
    } catch {
      storageWorks.current = false;
      setNotice(
        'This browser’s storage is full or off: the builder keeps working, but a reload starts it empty.',
      );
    }
  }, [state, loaded]);

  return { state, update: setState, notice, loaded };
}
