'use client';

import { useRef, type PointerEvent } from 'react';
import { scrubIntent } from '@/lib/notebook/scrub-gesture';

interface Drag {
  pointerId: number;
  x: number;
  y: number;
  /** The value when the pointer went down: every move scrubs from it, so nothing drifts. */
  base: number;
  scrubbing: boolean;
}

/**
 * Pointer handlers that scrub a value by dragging sideways. The pointer is captured only once the
 * drag is read as horizontal (lib/notebook/scrub-gesture); a vertical swipe is let go, and with
 * the element's `touch-action: pan-y` the browser scrolls the page instead.
 */
export function useHorizontalScrub(value: number, scrub: (base: number, dxPx: number) => void) {
  const drag = useRef<Drag | null>(null);
  const end = () => {
    drag.current = null;
  };
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0) return;
      drag.current = {
        pointerId: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        base: value,
        scrubbing: false,
      };
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const d = drag.current;
      if (!d || d.pointerId !== event.pointerId) return;
      if (!d.scrubbing) {
        const intent = scrubIntent(event.clientX - d.x, event.clientY - d.y);
        if (intent === 'undecided') return;
        if (intent === 'scroll') return end();
        // Scrub from here, so the value does not jump by the distance it took to decide.
        d.scrubbing = true;
        d.x = event.clientX;
        event.currentTarget.setPointerCapture(event.pointerId);
        return;
      }
      scrub(d.base, event.clientX - d.x);
    },
    onPointerUp: end,
    onPointerCancel: end,
  };
}
