import { describe, expect, it } from 'vitest';
import { listLessonsWithExercises } from '../content/lessons.server';
import type { Progress } from '../progress/schema';
import { scormExerciseOf, type ScormExercise } from './package-config';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from './suspend-data';
import { worstCaseProgress } from './worst-case';

const exercises: ScormExercise[] = [
  { id: 'n1', kind: 'numeric' },
  { id: 'c1', kind: 'choice', choices: ['a', 'b', 'c'] },
  { id: 'p1', kind: 'parameter', set: ['lr', 'beta'] },
  { id: 'f1', kind: 'formula' },
  { id: 'net', kind: 'network', set: ['lr'] },
];

const entry = (answer: Progress['exercises'][string]['answer'], correct = false) => ({
  answer,
  correct,
  attempts: 2,
  hintsShown: 1,
  revealed: false,
  updatedAt: 5,
});

describe('progress in cmi.suspend_data', () => {
  it('restores every answer, verdict, try count and hint count it saved', () => {
    const progress: Progress = {
      schema: 3,
      exercises: {
        n1: entry({ value: -0.125 }, true),
        c1: entry({ selected: ['c', 'a'] }),
        p1: entry({ values: { beta: 0.9 } }),
        f1: { ...entry({ source: 'x^2 + "y";' }, true), revealed: true },
        net: entry({ values: { lr: 0.3 } }),
      },
    };
    const text = encodeSuspendData(progress, exercises);
    const back = decodeSuspendData(text, exercises, 99);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    for (const [id, saved] of Object.entries(progress.exercises))
      expect(back.progress.exercises[id]).toEqual({ ...saved, updatedAt: 99 });
  });

  it("an assignment's changed settings: the answer is read and restored under id@fingerprint, never the lesson's", () => {
    const spec = {
      kind: 'parameter',
      id: 'p1',
      set: ['lr'],
    } as unknown as Parameters<typeof scormExerciseOf>[0];
    const tighter = scormExerciseOf(spec, { goal: { steps: 30 } });
    expect(tighter.key).toMatch(/^p1@[0-9a-f]{16}$/);
    expect(scormExerciseOf(spec).key).toBeUndefined();
    const progress: Progress = {
      schema: 3,
      exercises: {
        p1: entry({ values: { lr: 1.49 } }, true),
        [tighter.key as string]: entry({ values: { lr: 1.2 } }),
      },
    };
    const text = encodeSuspendData(progress, [tighter]);
    expect(text).toContain('1.2');
    expect(text).not.toContain('1.49');
    const back = decodeSuspendData(text, [tighter], 7);
    expect(back.ok && back.progress.exercises[tighter.key as string]?.answer).toEqual({
      values: { lr: 1.2 },
    });
    expect(back.ok && back.progress.exercises.p1).toBeUndefined();
  });

  it('an empty suspend_data is a first launch: nothing to restore', () => {
    expect(decodeSuspendData('', exercises, 1)).toEqual({
      ok: true,
      progress: { schema: 3, exercises: {} },
    });
  });

  it('keeps only exercises in scope and leaves untouched ones out', () => {
    const progress: Progress = {
      schema: 3,
      exercises: { other: entry({ value: 1 }), n1: { ...entry(null), attempts: 0, hintsShown: 0 } },
    };
    expect(encodeSuspendData(progress, exercises)).toBe('{"v":1,"x":{}}');
  });

  it('sets aside a damaged record with a reason and restores the rest', () => {
    const text = JSON.stringify({ v: 1, x: { n1: [1, -4, 0, 3], c1: [0, 1, 0, [1]], f1: 'junk' } });
    const back = decodeSuspendData(text, exercises, 1);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(Object.keys(back.progress.exercises)).toEqual(['c1']);
    expect(back.progress.exercises.c1.answer).toEqual({ selected: ['b'] });
    expect(back.setAside?.map((e) => e.id).sort()).toEqual(['f1', 'n1']);
  });

  it('reports text that is not its format instead of throwing', () => {
    expect(decodeSuspendData('{not json', exercises, 1)).toMatchObject({ ok: false });
    expect(decodeSuspendData('{"v":9,"x":{}}', exercises, 1)).toMatchObject({ ok: false });
    expect(decodeSuspendData('[]', exercises, 1)).toMatchObject({ ok: false });
  });

  it('with every course exercise answered at its largest, stays within 4,096 characters and keeps every non-formula answer', async () => {
    const lessons = await listLessonsWithExercises();
    const course = lessons.flatMap((l) => l.exercises.map((spec) => scormExerciseOf(spec)));
    expect(course.length).toBeGreaterThan(20);
    const worst = worstCaseProgress(course);
    const text = encodeSuspendData(worst, course);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const back = decodeSuspendData(text, course, 7);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    for (const exercise of course) {
      const restored = back.progress.exercises[exercise.id];
      expect(restored).toMatchObject({
        correct: true,
        revealed: true,
        attempts: 999,
        hintsShown: 999,
      });
      if (exercise.kind !== 'formula')
        expect(restored.answer).toEqual(worst.exercises[exercise.id].answer);
    }
    // Any assignment is a subset of the course's exercises, so its suspend_data is no longer.
  });

  it('leaves out the longest answers first when the text would pass the limit', () => {
    const progress: Progress = {
      schema: 3,
      exercises: { n1: entry({ value: 1 }), f1: entry({ source: 'x'.repeat(300) }) },
    };
    const text = encodeSuspendData(progress, exercises, 100);
    expect(text.length).toBeLessThanOrEqual(100);
    const back = decodeSuspendData(text, exercises, 1);
    expect(back.ok && back.progress.exercises.n1.answer).toEqual({ value: 1 });
    expect(back.ok && back.progress.exercises.f1).toMatchObject({ answer: null, attempts: 2 });
  });
});
