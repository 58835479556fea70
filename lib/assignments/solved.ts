import { checkParameter } from '../exercises/check-parameter';
import type { ExerciseOverrides, ExerciseSpec } from '../exercises/types';
import type { ProgressEntry } from '../progress/schema';
import { settingsFingerprint } from '../progress/scope';

/**
 * Whether the stored "correct" of `spec` under `overrides` must be confirmed by re-checking:
 * a parameter challenge whose settings an assignment changed.
 */
export function needsRecheck(
  spec: ExerciseSpec,
  overrides: ExerciseOverrides | undefined,
): boolean {
  return spec.kind === 'parameter' && settingsFingerprint(overrides) !== undefined;
}

/**
 * Whether `entry` solves `spec` under `overrides`. A parameter challenge whose settings an
 * assignment changed is re-checked from the stored answer (one optimizer run, well under a
 * millisecond), so no stored flag — from another build, a hand-edited progress file, or a link
 * with other settings — can show "✓ Solved" for an answer that misses this goal. Other kinds
 * take no overrides: their record is the lesson's, checked under the same settings.
 */
export function solvedUnder(
  spec: ExerciseSpec,
  entry: ProgressEntry | undefined,
  overrides: ExerciseOverrides | undefined,
): boolean {
  if (!entry?.correct) return false;
  if (spec.kind !== 'parameter' || !needsRecheck(spec, overrides)) return true;
  return checkParameter(spec, entry.answer, overrides).correct;
}
