'use client';

import { useEffect, useRef, useState } from 'react';
import { liveDelay } from '@/lib/plot/live-pace';

/**
 * The sentence a figure's live line shows: the current one, once it has settled (see
 * lib/plot/live-pace). The first sentence shows at once; later ones wait, so a polite live region
 * speaks once per gesture instead of once per arrow press. `state` names what the sentence
 * reports (a race's idle, training, paused…): a sentence for a new state is spoken at once.
 */
export function useLiveSentence(sentence: string, state = ''): string {
  const [spoken, setSpoken] = useState({ sentence, state });
  // When the oldest change not yet spoken happened (null while the line is up to date).
  const firstUnspoken = useRef<number | null>(null);
  useEffect(() => {
    if (sentence === spoken.sentence && state === spoken.state) {
      firstUnspoken.current = null;
      return;
    }
    const now = performance.now();
    firstUnspoken.current ??= now;
    const wait = liveDelay(firstUnspoken.current, now, { newState: state !== spoken.state });
    const timer = setTimeout(() => setSpoken({ sentence, state }), wait);
    return () => clearTimeout(timer);
  }, [sentence, state, spoken]);
  return spoken.sentence;
}
