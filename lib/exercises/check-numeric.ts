import { numericAnswerSchema, type CheckResult, type NumericSpec } from './types';

/**
 * The tolerance of a NumericAnswer with an `answer`: the author's `tolerance` (absolute), else
 * 1e-3·|answer| (relative: three significant figures). An answer of 0 always has an explicit
 * tolerance (the schema requires it).
 */
export function numericTolerance(spec: Pick<NumericSpec, 'answer' | 'tolerance'>): number {
  return spec.tolerance ?? 1e-3 * Math.abs(spec.answer ?? 0);
}

/**
 * Correct iff |value − answer| ≤ tolerance, or lo ≤ value ≤ hi for a `range`. Bounds are
 * widened by a few ulps so that 0.8 ± 0.005 accepts 0.805 however it was rounded.
 */
export function checkNumeric(spec: NumericSpec, answer: unknown): CheckResult {
  const parsed = numericAnswerSchema.safeParse(answer);
  if (!parsed.success) return { correct: false, message: 'Not a number' };
  const { value } = parsed.data;
  if (spec.range) {
    const [lo, hi] = spec.range;
    return { correct: value >= lo - slack(lo) && value <= hi + slack(hi) };
  }
  const expected = spec.answer as number;
  return { correct: Math.abs(value - expected) <= numericTolerance(spec) + slack(expected) };
}

function slack(x: number): number {
  return 4 * Number.EPSILON * Math.max(1, Math.abs(x));
}
