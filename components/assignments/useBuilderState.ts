'use client';

import { useMemo, useState, useSyncExternalStore } from 'react';
import { randomIdSuffix } from '@/lib/assignments/assignment-id';
import {
  BUILDER_STATE_KEY,
  emptyBuilderState,
  readBuilderState,
  type BuilderState,
} from '@/lib/assignments/builder-state';

const STORAGE_OFF = 'This browser does not let the builder save here: a reload starts it empty.';
const STORAGE_FULL =
  'This browser’s storage is full or off: the builder keeps working, but a reload starts it empty.';

/** What the builder finds in storage when it opens: its state, and a notice when it cannot use it. */
function openStored(): { state: BuilderState; notice: string | null; storageWorks: boolean } {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(BUILDER_STATE_KEY);
  } catch {
    return { state: emptyBuilderState(randomIdSuffix()), notice: STORAGE_OFF, storageWorks: false };
  }
  const reading = readBuilderState(raw);
  return {
    state: (reading.ok && reading.state) || emptyBuilderState(randomIdSuffix()),
    notice: reading.ok ? null : reading.notice,
    storageWorks: true,
  };
}

const noChanges = () => () => {};
const PLACEHOLDER = emptyBuilderState('00000');

/**
 * The builder's unfinished assignment, kept in localStorage so a reload (or a closed tab) loses
 * nothing. Read once after hydration (the static page has no storage at build time) through the
 * schema; damaged data becomes a notice and an empty builder, and storage that is off or full
 * becomes a notice while the builder keeps working in memory. Each change is saved as it is
 * made (`update` is for event handlers: one change per event, applied to the state shown).
 */
export function useBuilderState(): {
  state: BuilderState;
  update: (change: (state: BuilderState) => BuilderState) => void;
  notice: string | null;
  loaded: boolean;
} {
  const loaded = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  const opened = useMemo(() => (loaded ? openStored() : null), [loaded]);
  const [edited, setEdited] = useState<BuilderState | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const state = edited ?? opened?.state ?? PLACEHOLDER;

  const update = (change: (state: BuilderState) => BuilderState) => {
    const next = change(state);
    setEdited(next);
    // Before loading, the state is the placeholder: writing it would erase the stored one.
    if (!opened?.storageWorks || saveFailed) return;
    try {
      window.localStorage.setItem(BUILDER_STATE_KEY, JSON.stringify(next));
    } catch {
      setSaveFailed(true);
    }
  };

  return { state, update, notice: saveFailed ? STORAGE_FULL : (opened?.notice ?? null), loaded };
}
