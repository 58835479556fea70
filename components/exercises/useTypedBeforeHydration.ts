'use client';

import { useCallback } from 'react';

/**
 * A ref for an answer box that keeps what the learner typed before the page's script ran.
 *
 * The box is in the server-rendered HTML, so it takes typing at once; React then hydrates it
 * as a controlled box and, on its next render, writes its state back into it, so early typing
 * was lost ("Type a number first."). When the box is attached its `defaultValue` is still the
 * server's text, so a different `value` can only be the learner's: it becomes the draft.
 * On a client render the two are equal and nothing happens.
 */
export function useTypedBeforeHydration(
  setText: (text: string) => void,
): (box: HTMLInputElement | HTMLTextAreaElement | null) => void {
  return useCallback(
    (box) => {
      if (box && box.value !== box.defaultValue) setText(box.value);
    },
    [setText],
  );
}
