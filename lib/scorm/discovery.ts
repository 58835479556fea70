/**
 * Finding things in the frames around a page: the LMS's SCORM 1.2 `API` object (the SCO looks
 * for it in its parent frames, then in the window that opened it, as the SCORM 1.2 run-time
 * environment prescribes), and the package's own bridge (./bridge.ts). A frame from another
 * origin throws on every property read: that frame is skipped, never a crash.
 */

/** The part of a window the walk reads; `Window` fits it. */
export interface FrameLike {
  readonly parent: FrameLike | null;
  readonly opener?: FrameLike | null;
}

/** How many parents the walk climbs before it gives up (LMS players nest a few frames deep). */
export const MAX_FRAME_DEPTH = 10;

function read<T>(thunk: () => T): T | undefined {
  try {
    return thunk();
  } catch {
    return undefined; // a cross-origin frame: SecurityError on any access
  }
}

/**
 * The first `pick(frame)` that is not undefined, starting at `start` and climbing `parent` at
 * most `maxDepth` times (stopping at the top, whose parent is itself).
 */
export function findUpward<T>(
  start: FrameLike,
  pick: (frame: FrameLike) => T | undefined,
  maxDepth = MAX_FRAME_DEPTH,
): T | undefined {
  let frame: FrameLike | null | undefined = start;
  for (let depth = 0; frame && depth <= maxDepth; depth++) {
    const found = read(() => pick(frame as FrameLike));
    if (found !== undefined) return found;
    const parent: FrameLike | null | undefined = read(() => (frame as FrameLike).parent);
    if (!parent || parent === frame) return undefined;
    frame = parent;
  }
  return undefined;
}

/** The SCORM 1.2 run-time calls the package makes (every value is a string, as in the standard). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

function asApi(candidate: unknown): Scorm12Api | undefined {
  const api = candidate as Partial<Scorm12Api> | null | undefined;
  return api &&
    typeof api.LMSInitialize === 'function' &&
    typeof api.LMSSetValue === 'function' &&
    typeof api.LMSGetValue === 'function'
    ? (api as Scorm12Api)
    : undefined;
}

/**
 * The LMS's `API`: from `win` up through its parents, then from `win.opener` up through its
 * parents (an LMS that launches the package in a new window). Undefined outside an LMS.
 */
export function findScorm12Api(win: FrameLike): Scorm12Api | undefined {
  const pick = (frame: FrameLike) => asApi((frame as { API?: unknown }).API);
  const here = findUpward(win, pick);
  if (here) return here;
  const opener = read(() => win.opener);
  return opener ? findUpward(opener, pick) : undefined;
}
