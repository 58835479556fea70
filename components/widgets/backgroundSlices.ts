/**
 * When a figure's long background computation (a minibatch training race) gets the main thread:
 * in short slices, in the browser's idle time, and not while the learner is dragging or typing,
 * so the figure they are moving keeps every frame. Each function runs `work` once with a
 * `timeLeft()` budget and returns a cancel function.
 */

/** Training per slice. Slices of 10 ms in every frame dropped a tenth of a drag's frames. */
export const SLICE_MS = 5;
/** How long after the last drag move or key press the page counts as quiet again. */
const QUIET_MS = 150;
/** With no idle time for this long, a slice runs anyway (1 ms), so a busy page still progresses. */
const IDLE_TIMEOUT_MS = 500;

let lastInputAt = -Infinity;
let listening = false;

/** Starts noting key presses and moves of a pressed pointer (or finger), once per page. */
function listenForInput(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const note = () => {
    lastInputAt = performance.now();
  };
  const options = { capture: true, passive: true } as const;
  window.addEventListener('pointerdown', note, options);
  window.addEventListener('keydown', note, options);
  // A mouse merely passing over the page is not manipulating anything.
  window.addEventListener('pointermove', (e) => e.buttons !== 0 && note(), options);
}

/** In the next animation frame, with SLICE_MS to spend (a slice the learner waits to see). */
export function inNextFrame(work: (timeLeft: () => number) => void): () => void {
  const id = requestAnimationFrame(() => {
    const end = performance.now() + SLICE_MS;
    work(() => end - performance.now());
  });
  return () => cancelAnimationFrame(id);
}

/**
 * In the browser's idle time (at most SLICE_MS, at least 1 ms), once the learner has not dragged
 * or typed for QUIET_MS; in animation frames where idle callbacks do not exist.
 */
export function whenIdle(work: (timeLeft: () => number) => void): () => void {
  if (typeof requestIdleCallback !== 'function') return inNextFrame(work);
  let idle = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    timer = undefined;
    idle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  };
  const run = (deadline: IdleDeadline) => {
    const since = performance.now() - lastInputAt;
    if (since < QUIET_MS) {
      // Wait out the interaction with a timer, not by re-requesting idle time at once (that
      // would spin through the rest of the idle period).
      timer = setTimeout(schedule, QUIET_MS - since);
      return;
    }
    const budget = Math.max(1, Math.min(SLICE_MS, deadline.timeRemaining()));
    const end = performance.now() + budget;
    work(() => end - performance.now());
  };
  listenForInput();
  schedule();
  return () => {
    cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
