'use client';

import { useEffect, useRef, useState } from 'react';
import { liveDelay } from '@/lib/plot/live-pace';

/**
 * The sentence a figure's live line shows: the current one, once it has settled (see
 * lib/plot/live-pace). The first sentence shows at once; later ones wait, so a polite live region
 * speaks once per gesture instead of once per arrow press.
 */
export function useLiveSentence(sentence: string): string {
  const [spoken, setSpoken] = useState(sentence);
  // When the oldest change not yet spoken happened (null while the line is up to date).
  const firstUnspoken = useRef<number | null>(null);
  useEffect(() => {
    if (sentence === spoken) {
      firstUnspoken.current = null;
      return;
    }
    const now = performance.now();
    firstUnspoken.current ??= now;
    const timer = setTimeout(() => setSpoken(sentence), liveDelay(firstUnspoken.current, now));
    return () => clearTimeout(timer);
  }, [sentence, spoken]);
  return spoken;
}
