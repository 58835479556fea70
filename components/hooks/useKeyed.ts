'use client';

import { useState } from 'react';

/**
 * `value` as it was when `key` last changed: a value rebuilt on every render (a filtered list,
 * an object of settings) that an effect may depend on, so the effect reruns when what the key
 * names changes, and only then. Adjusted while rendering, as React advises for state that
 * follows a value, so the effect never sees a stale one.
 */
export function useKeyed<T>(key: string, value: T): T {
  const [held, setHeld] = useState({ key, value });
  if (held.key !== key) {
    setHeld({ key, value });
    return value;
  }
  return held.value;
}
