import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { niceStep } from '../plot/nice-step';
import { checkParameter } from './check-parameter';
import { challengeGrid, challengeStep, gridEntry, snapToGrid } from './challenge-grid';
import { extractCourseExercises } from './extract';
import type { ParameterSpec } from './types';
import { findWorkingSetting, startGridSearch } from './working-setting';

/** Whether `value` is one of the grid's positions min + k·step (up to float noise). */
function onGrid(value: number, grid: ReturnType<typeof challengeGrid>): boolean {
  const k = (value - grid.min) / grid.step;
  return (
    value >= grid.min - 1e-12 && value <= grid.max + 1e-12 && Math.abs(k - Math.round(k)) < 1e-6
  );
}

/** Every tuning challenge of the course, as the build extracts them. */
function courseChallenges(): ParameterSpec[] {
  const dir = path.join(process.cwd(), 'content', 'lessons');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => ({ file, lesson: file, source: fs.readFileSync(path.join(dir, file), 'utf8') }));
  const result = extractCourseExercises(files);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.exercises.filter((e): e is ParameterSpec => e.kind === 'parameter');
}

describe('challengeStep', () => {
  it('is the 200-position nice step, halved to 1 × 10ⁿ where that step is 2 × 10ⁿ', () => {
    expect(challengeStep(0.05, 2.2)).toBe(0.01); // niceStep 0.02
    expect(challengeStep(0.01, 3.9)).toBe(0.01); // niceStep 0.02
    expect(challengeStep(0.001, 0.3)).toBe(0.001); // niceStep 0.002
    expect(challengeStep(0, 0.99)).toBe(0.005);
    expect(challengeStep(0.01, 2)).toBe(0.01);
    expect(challengeStep(-5, 5)).toBe(0.05);
  });

  it('divides every coarser step the key may search, for any range', () => {
    for (const [lo, hi] of [
      [0.05, 2.2],
      [0.001, 0.3],
      [0, 0.99],
      [0.3, 0.7],
      [-4, 4],
      [1e-4, 0.013],
      [0, 37],
    ] as const) {
      const step = challengeStep(lo, hi);
      for (const points of [200, 60, 12]) {
        const ratio = niceStep((hi - lo) / points) / step;
        expect(Math.abs(ratio - Math.round(ratio)), `${lo}..${hi} at ${points}`).toBeLessThan(1e-9);
      }
    }
  });
});

describe('the slider grid and the grader agree', () => {
  const challenges = courseChallenges();

  it('finds the course’s tuning challenges', () => {
    expect(challenges.map((c) => c.id)).toEqual(
      expect.arrayContaining(['l1-tune-gd', 'l4-tune-kappa-100', 'l6-rosenbrock-momentum']),
    );
  });

  it('every setting the teacher’s key searches is a slider position, and snapping keeps it', () => {
    for (const spec of challenges) {
      // The points the key tries (none run yet: only where they lie matters here).
      for (const axis of startGridSearch(spec).search.axes) {
        const grid = challengeGrid(spec.ranges[axis.name]!);
        for (const value of axis.values) {
          expect(onGrid(value, grid), `${spec.id} ${axis.name} = ${value}`).toBe(true);
          expect(snapToGrid(value, grid)).toBe(value);
        }
      }
    }
  });

  it('the key’s setting, typed as the teacher’s guide prints it, passes the check', () => {
    for (const spec of challenges) {
      const key = findWorkingSetting(spec);
      expect(key, spec.id).not.toBeNull();
      const values = Object.fromEntries(
        spec.set.map((name) => {
          const grid = challengeGrid(spec.ranges[name]!);
          const entry = gridEntry(Number(key!.shown[name]), key!.shown[name]!, grid, name, 0);
          if (!entry.ok) throw new Error(entry.message);
          expect(entry.note, `${spec.id} ${name}`).toBeNull();
          return [name, entry.value];
        }),
      );
      expect(checkParameter(spec, { values }).correct, spec.id).toBe(true);
    }
  });

  it('the settings the lessons’ solutions quote can be set exactly', () => {
    const byId = new Map(challenges.map((c) => [c.id, c]));
    const settable = (id: string, name: 'lr' | 'beta', value: number) =>
      onGrid(value, challengeGrid(byId.get(id)!.ranges[name]!));
    expect(settable('l1-tune-gd', 'lr', 1.82)).toBe(true);
    expect(settable('l4-tune-kappa-100', 'lr', 3.31)).toBe(true);
    expect(settable('l4-tune-kappa-100', 'beta', 0.67)).toBe(true);
    expect(settable('l6-rosenbrock-momentum', 'lr', 0.12)).toBe(true);
    expect(settable('l6-rosenbrock-momentum', 'beta', 0.95)).toBe(true);
  });
});

describe('gridEntry', () => {
  const grid = challengeGrid([0.05, 2.2]);

  it('takes a value on the grid as it is', () => {
    expect(grid).toEqual({ min: 0.05, max: 2.2, step: 0.01, decimals: 2 });
    expect(gridEntry(1.8, '1.8', grid, 'α', 1)).toEqual({ ok: true, value: 1.8, note: null });
    expect(gridEntry(2.2, '2.2', grid, 'α', 1)).toEqual({ ok: true, value: 2.2, note: null });
    expect(gridEntry(0.05, '0.05', grid, 'α', 1)).toEqual({ ok: true, value: 0.05, note: null });
  });

  it('rounds a value between positions to the nearest one and says so', () => {
    expect(gridEntry(1.806, '1.806', grid, 'α', 1)).toEqual({
      ok: true,
      value: 1.81,
      note: 'Rounded to 1.81: α moves in steps of 0.01.',
    });
    expect(gridEntry(0.1 + 0.2, '0.30000000000000004', grid, 'α', 1)).toEqual({
      ok: true,
      value: 0.3,
      note: null,
    });
  });

  it('refuses a value outside the range, naming the range and the value kept', () => {
    expect(gridEntry(2.5, '2.5', grid, 'α (step size)', 1)).toEqual({
      ok: false,
      message: 'α (step size) goes from 0.05 to 2.20; α (step size) stays 1.00.',
    });
    expect(gridEntry(-0.8, '-0.8', grid, 'α', 1.25).ok).toBe(false);
  });

  it('refuses text that is not a number, and an empty box, keeping the value', () => {
    expect(gridEntry(null, ' 1..8 ', grid, 'α', 1.82)).toEqual({
      ok: false,
      message: '“1..8” is not a number I can read; α stays 1.82.',
    });
    expect(gridEntry(null, '  ', grid, 'α', 1.82)).toEqual({
      ok: false,
      message: 'Type a value for α; α stays 1.82.',
    });
  });

  it('reads negative values on a grid that has them', () => {
    const start = challengeGrid([-5, 5]);
    expect(gridEntry(-3.5, '−3.5', start, 'start x', 0)).toEqual({
      ok: true,
      value: -3.5,
      note: null,
    });
    expect(snapToGrid(-3.52, start)).toBe(-3.5);
  });
});
