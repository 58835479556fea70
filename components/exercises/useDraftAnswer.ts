'use client';

import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * The learner's draft of an answer (the text in the box, the ticked choices, the sliders),
 * filled from the stored answer when that arrives or changes: progress loads after hydration,
 * and another tab or an imported file may change it while the page is open.
 *
 * `stored` is the stored answer as a string or number (a key: JSON for several values), so a
 * re-read of the same answer is no change. `fill(draft, stored)` says what a stored answer does
 * to the draft: an answer box keeps what the learner has typed, the sliders take the values.
 * The draft is adjusted while rendering, as React advises for state that follows a value
 * ("storing information from previous renders"): no effect, no frame showing the stale draft.
 */
export function useDraftAnswer<D, S extends string | number>(
  stored: S | undefined,
  initial: () => D,
  fill: (draft: D, stored: S) => D,
): [D, Dispatch<SetStateAction<D>>] {
  const [draft, setDraft] = useState(() =>
    stored === undefined ? initial() : fill(initial(), stored),
  );
  const [filledFrom, setFilledFrom] = useState(stored);
  if (stored !== filledFrom) {
    setFilledFrom(stored);
    if (stored !== undefined) setDraft((d) => fill(d, stored));
  }
  return [draft, setDraft];
}

/** For an answer box: a stored answer fills it only while it is empty. */
export function fillIfEmpty<D extends { length: number }>(draft: D, stored: D): D {
  return draft.length === 0 ? stored : draft;
}
