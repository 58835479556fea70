'use client';

import { useDeferredValue, useLayoutEffect, useRef, useState } from 'react';

/**
 * How far a figure may fall behind the value it follows. About nine frames: on a fast machine
 * the deferred render lands long before; on a slow phone the figure still moves several times a
 * second while a finger drags.
 */
export const MAX_LAG_MS = 150;

/**
 * `value` deferred (React renders it in slices that the next input can interrupt, so the number
 * under the learner's finger keeps every frame), but never more than `maxLagMs` behind.
 *
 * On a slow phone every move of a drag interrupts the deferred render and React starts it over,
 * so with useDeferredValue alone a figure froze until the finger stopped: lesson 4's trajectory
 * changed twice in a 3-second β drag at a low-tier phone's speed, while the number changed 46
 * times. Now, once a newer value has waited `maxLagMs` (since the figure last moved, or since it
 * fell behind if that was later), the next render shows the newest value at once, in the same
 * task as the input: a timer would wait behind the input a busy page keeps receiving.
 *
 * `value` must get a new identity whenever it changes and keep it otherwise (a primitive, or an
 * object memoised on what it holds): the forced value is dropped once the deferred one moves on.
 */
export function useDeferredWithin<T>(value: T, maxLagMs = MAX_LAG_MS): T {
  const deferred = useDeferredValue(value);
  // The newest value, forced past `over`, the deferred value that had kept the figure behind.
  const [forced, setForced] = useState<{ value: T; over: T } | null>(null);
  const shown = forced !== null && Object.is(deferred, forced.over) ? forced.value : deferred;
  const behind = !Object.is(shown, value);
  // When the current wait began: the figure last moved, or a newer value started waiting (so
  // after a rest the first change is deferred like the rest, not forced at once).
  const waitingSince = useRef(0);
  useLayoutEffect(() => {
    waitingSince.current = performance.now();
  }, [shown, behind]);
  useLayoutEffect(() => {
    if (!behind || performance.now() - waitingSince.current < maxLagMs) return;
    setForced({ value, over: deferred });
  }, [behind, value, deferred, maxLagMs]);
  return shown;
}
