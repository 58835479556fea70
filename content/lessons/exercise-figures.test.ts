/**
 * A question that points at a picture ("on the bowl above", "this page's bowl", "the figure")
 * has no such picture outside its lesson — in an assignment or on a worksheet — unless it
 * declares one with its `figure` attribute. Each declared figure is the run the question
 * describes: the numbers its prose quotes come from that run, with the settle measure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractExercises, type ExerciseSpec } from '@/lib/exercises';
import { parseObjective } from '@/lib/expr';
import { makeOptimizer, simulate } from '@/lib/optim';

const dir = path.join(process.cwd(), 'content', 'lessons');
const exercises: ExerciseSpec[] = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((file) => {
    const found = extractExercises(fs.readFileSync(path.join(dir, file), 'utf8'), {
      file,
      lesson: file,
    });
    if (!found.ok) throw new Error(found.errors.map((e) => e.message).join('\n'));
    return found.exercises;
  });

/** Words by which a prompt leans on a picture the lesson shows near it. */
const POINTS_AT_A_FIGURE =
  /\b(above|below the figure|the figure|this bowl|this page's bowl|the plot)\b/i;

describe('questions that refer to a figure bring one', () => {
  const pointing = exercises.filter((e) => POINTS_AT_A_FIGURE.test(e.prompt ?? ''));

  it('finds the questions that point at a figure (the check is not vacuous)', () => {
    expect(pointing.map((e) => e.id)).toEqual(
      expect.arrayContaining(['l1-steep-factor', 'l4-predict-more-momentum', 'l4-stability-limit']),
    );
  });

  it.each(pointing.filter((e) => e.kind !== 'parameter').map((e) => [e.id, e] as const))(
    '%s declares the figure its prompt refers to, and it draws',
    (_id, spec) => {
      expect(spec.figure).toBeDefined();
      const parsed = parseObjective(spec.figure!.objective);
      expect(parsed.ok).toBe(true);
    },
  );

  it('the figure of the “more momentum” prediction settles below 1e-6 from step 74, as its prompt says', () => {
    const spec = exercises.find((e) => e.id === 'l4-predict-more-momentum')!;
    const figure = spec.figure!;
    const parsed = parseObjective(figure.objective);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const run = simulate(
      parsed.objective,
      makeOptimizer(figure.optimizer, { lr: figure.lr, beta: figure.beta }),
      figure.start,
      { steps: figure.steps, tol: 1e-6, target: 0 },
    );
    expect(spec.prompt).toContain('from step 74 on');
    expect(run.settledAt).toBe(74);
  });

  it('the figure of the steep-factor question uses the α = 1.8 its prompt names', () => {
    const spec = exercises.find((e) => e.id === 'l1-steep-factor')!;
    expect(spec.prompt).toContain('$\\alpha = 1.8$');
    expect(spec.figure!.lr).toBe(1.8);
    // The steep factor 1 − αλ with λ = 1 (the y² term of the figure's bowl) is the answer.
    expect(spec.kind === 'numeric' && spec.answer).toBeCloseTo(1 - spec.figure!.lr, 10);
  });
});
