import { formatValue } from '../notebook/params';
import { alignedGrid, niceStep } from '../plot/nice-step';

/** The values a challenge's slider and number box can hold: min, min + step, …, max. */
export interface ValueGrid {
  min: number;
  max: number;
  step: number;
  decimals: number;
}

/**
 * The step of a challenge's slider and number box over [lo, hi]: niceStep((hi − lo)/200), but
 * 1 × 10ⁿ where that gives 2 × 10ⁿ.
 *
 * Why not 2 × 10ⁿ: the teacher's key searches a coarser grid on two parameters
 * (niceStep(range/60), lib/exercises/working-setting), and a 1 or 5 × 10ⁿ step divides every
 * coarser 1-2-5 step while 2 × 10ⁿ does not divide 5 × 10ⁿ. Lesson 7's α in [0.001, 0.3] had a
 * 0.002 slider while its key searched multiples of 0.005 (0.115 could not be set), and lesson 4's
 * solution α = 3.31 could not be set on a 0.02 slider. Why not finer still: 200 positions are
 * already more than a finger can aim on a 152 px phone slider (the number box is for exact
 * values), and each arrow press should still visibly move the run.
 */
export function challengeStep(lo: number, hi: number): number {
  if (!(hi > lo)) return 1;
  const step = niceStep((hi - lo) / 200);
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
  return Math.round(step / power) === 2 ? Number((step / 2).toPrecision(1)) : step;
}

/** The grid of a challenge parameter over its allowed range, ends on multiples of the step. */
export function challengeGrid(
  [lo, hi]: readonly [number, number],
  step = challengeStep(lo, hi),
): ValueGrid {
  return alignedGrid(lo, hi, step);
}

/** The grid value nearest to `value` (a value inside [min, max] stays inside). */
export function snapToGrid(value: number, grid: ValueGrid): number {
  const snapped = grid.min + Math.round((value - grid.min) / grid.step) * grid.step;
  return Number(Math.min(grid.max, Math.max(grid.min, snapped)).toFixed(grid.decimals));
}

/** What a typed value becomes: a grid value (with a note when it was rounded), or why not. */
export type GridEntry =
  { ok: true; value: number; note: string | null } | { ok: false; message: string };

/**
 * Reads a value typed for the parameter `label` (already parsed: null when it is not a number):
 * inside [min, max] it is rounded to the nearest grid value, the value the slider, the figure
 * and the check then all use; otherwise a message that names the allowed range or the text,
 * and says which value is kept (`current`).
 */
export function gridEntry(
  parsed: number | null,
  text: string,
  grid: ValueGrid,
  label: string,
  current: number,
): GridEntry {
  const show = (v: number) => formatValue(v, grid.decimals);
  const kept = `${label} stays ${show(current)}.`;
  if (parsed === null)
    return {
      ok: false,
      message: text.trim()
        ? `“${text.trim()}” is not a number I can read; ${kept}`
        : `Type a value for ${label}; ${kept}`,
    };
  // A hair of float noise outside an end (2.2000000001) is the end itself.
  const slack = 1e-9 * Math.max(1, Math.abs(grid.min), Math.abs(grid.max));
  if (parsed < grid.min - slack || parsed > grid.max + slack)
    return {
      ok: false,
      message: `${label} goes from ${show(grid.min)} to ${show(grid.max)}; ${kept}`,
    };
  const value = snapToGrid(parsed, grid);
  const rounded = Math.abs(value - parsed) > 1e-9 * Math.max(1, Math.abs(parsed));
  return {
    ok: true,
    value,
    note: rounded
      ? `Rounded to ${show(value)}: ${label} moves in steps of ${formatValue(grid.step, grid.decimals)}.`
      : null,
  };
}
