import type { ExerciseAnswer } from '../exercises/types';
import type { KeyValueStorage } from '../progress/storage';
import { findUpward, type FrameLike } from './discovery';

/**
 * The contract between the SCORM package's launch page and the course pages it frames. The
 * launch page (only in a SCORM package, and only when it found an LMS) puts a bridge on its
 * window under SCORM_BRIDGE_KEY; a course page looks for it in its same-origin parent frames.
 * With a bridge, the page keeps progress in the bridge's storage instead of localStorage (the
 * LMS's suspend_data is the learner's record, whichever browser they use) and reports each
 * checked answer. The plain site and the classroom kit have no launch page: they find none.
 */
export const SCORM_BRIDGE_KEY = '__momentumScorm12';

export interface ScormBridge {
  /** Progress storage held by the launch page (restored from cmi.suspend_data). */
  readonly storage: KeyValueStorage;
  /** A course page opened: answers' latencies count from here. */
  pageShown(): void;
  /** One checked answer, after the store has saved it. */
  recordAttempt(id: string, answer: ExerciseAnswer, correct: boolean): void;
}

function asBridge(candidate: unknown): ScormBridge | undefined {
  const bridge = candidate as Partial<ScormBridge> | null | undefined;
  return bridge &&
    typeof bridge.recordAttempt === 'function' &&
    typeof bridge.pageShown === 'function' &&
    typeof bridge.storage?.getItem === 'function'
    ? (bridge as ScormBridge)
    : undefined;
}

/** The launch page's bridge above `win`, or undefined (the plain site, the classroom kit). */
export function findScormBridge(win: FrameLike): ScormBridge | undefined {
  const parent = (() => {
    try {
      return win.parent;
    } catch {
      return null;
    }
  })();
  // A top-level page has no launch page above it: nothing to look for.
  if (!parent || parent === win) return undefined;
  return findUpward(parent, (frame) =>
    asBridge((frame as unknown as Record<string, unknown>)[SCORM_BRIDGE_KEY]),
  );
}
