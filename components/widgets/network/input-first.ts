import { drawDelay } from '@/lib/nn/pace';

/** The last pointer, key or wheel input anywhere on the page (performance.now() clock). */
let lastInput = -Infinity;
let listening = 0;
const note = () => {
  lastInput = performance.now();
};
const INPUTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchmove'] as const;

/**
 * Runs `draw` for pending progress at the time lib/nn/pace.ts allows: at the next animation frame
 * when the learner is not interacting, otherwise once input has been quiet for a moment (and at
 * least about once a second). `request()` asks for a drawing; repeated requests before it runs
 * coalesce into one. `cancel()` drops a pending drawing; `dispose()` also stops listening.
 */
export function inputFirstDrawer(draw: () => void): {
  request(): void;
  cancel(): void;
  dispose(): void;
} {
  let lastDrawn = -Infinity;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let active = true;
  if (listening++ === 0)
    INPUTS.forEach((type) => addEventListener(type, note, { capture: true, passive: true }));

  const attempt = () => {
    frame = 0;
    timer = undefined;
    if (!pending || !active) return;
    const wait = drawDelay({ now: performance.now(), lastInput, lastDrawn });
    if (wait > 0) {
      timer = setTimeout(() => (frame = requestAnimationFrame(attempt)), wait);
      return;
    }
    pending = false;
    lastDrawn = performance.now();
    draw();
  };

  const cancel = () => {
    pending = false;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
  };

  return {
    request() {
      pending = true;
      if (!frame && timer === undefined && active) frame = requestAnimationFrame(attempt);
    },
    cancel,
    dispose() {
      cancel();
      if (active && --listening === 0)
        INPUTS.forEach((type) => removeEventListener(type, note, { capture: true }));
      active = false;
    },
  };
}
