/**
 * The hint and solution policy, as pure functions of the attempt count (Mathigon-style
 * escalation): hints are shown one at a time on request, the first at any time and each
 * further one only after another wrong attempt, so a learner tries before leaning on the next
 * hint. The solution opens after `revealAfter` wrong attempts, or once the answer is correct.
 */

/** Options of the policy; the defaults are the course's. */
export interface HintPolicy {
  /** Hints available before any attempt. Default 1. */
  freeHints?: number;
  /** Wrong attempts after which the solution may be revealed. Default 3. */
  revealAfter?: number;
}

/** How many hints are unlocked after `attempts` attempts: min(hintCount, freeHints + attempts). */
export function unlockedHints(
  attempts: number,
  hintCount: number,
  { freeHints = 1 }: HintPolicy = {},
): number {
  return clampCount(Math.min(hintCount, freeHints + clampCount(attempts)));
}

/**
 * How many hints to show: as many as the learner `requested`, but never more than are unlocked
 * (see `unlockedHints`). Inputs are clamped, so stored junk cannot show hint −1 or hint 99.
 */
export function visibleHints(
  attempts: number,
  hintCount: number,
  requested: number,
  policy: HintPolicy = {},
): number {
  return Math.min(clampCount(requested), unlockedHints(attempts, hintCount, policy));
}

/** Whether a "next hint" button should be enabled when `shown` hints are on screen. */
export function canRequestHint(
  attempts: number,
  hintCount: number,
  shown: number,
  policy: HintPolicy = {},
): boolean {
  return clampCount(shown) < unlockedHints(attempts, hintCount, policy);
}

/** Whether the solution may be revealed: after `revealAfter` attempts (default 3) or once correct. */
export function solutionAvailable(
  attempts: number,
  { revealAfter = 3, correct = false }: { revealAfter?: number; correct?: boolean } = {},
): boolean {
  return correct || clampCount(attempts) >= revealAfter;
}

/** Attempts still needed before the solution opens (0 when it is available), for "2 more tries". */
export function attemptsUntilSolution(
  attempts: number,
  { revealAfter = 3 }: { revealAfter?: number } = {},
): number {
  return Math.max(0, revealAfter - clampCount(attempts));
}

function clampCount(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
}
