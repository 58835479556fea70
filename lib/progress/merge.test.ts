import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEntry, mergeProgress } from './merge';
import type { Progress, ProgressEntry } from './schema';

const entry = (over: Partial<ProgressEntry>): ProgressEntry => ({
  answer: null,
  correct: false,
  attempts: 1,
  hintsShown: 0,
  revealed: false,
  updatedAt: 100,
  ...over,
});

const arbEntry: fc.Arbitrary<ProgressEntry> = fc.record({
  answer: fc.oneof(
    fc.constant(null),
    fc.record({ value: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ selected: fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }) }),
  ),
  correct: fc.boolean(),
  attempts: fc.nat(5),
  hintsShown: fc.nat(3),
  revealed: fc.boolean(),
  updatedAt: fc.integer({ min: 0, max: 10 }),
});

const arbProgress: fc.Arbitrary<Progress> = fc.record(
  {
    schema: fc.constant(3 as const),
    exercises: fc.dictionary(fc.constantFrom('a', 'b', 'c'), arbEntry),
    lessonsVisited: fc.dictionary(fc.constantFrom('one', 'two'), fc.integer({ min: 0, max: 10 })),
    prefs: fc.record({
      updatedAt: fc.integer({ min: 0, max: 3 }),
      values: fc.dictionary(
        fc.constantFrom('theme', 'motion'),
        fc.constantFrom('dark', 'light', true),
      ),
    }),
    resetAt: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ['schema', 'exercises'] },
);

describe('mergeProgress', () => {
  it('mergeEntry(a, b) keeps a correct answer over a more recent incorrect one', () => {
    const right = entry({ answer: { value: 0.8 }, correct: true, updatedAt: 1 });
    const wrong = entry({ answer: { value: 3 }, correct: false, updatedAt: 9, attempts: 4 });
    expect(mergeEntry(wrong, right)).toEqual({ ...right, attempts: 4 });
  });

  it('mergeEntry(a, b) otherwise keeps the most recent answer, max counts and either reveal', () => {
    const older = entry({
      answer: { value: 1 },
      updatedAt: 1,
      hintsShown: 2,
      revealed: true,
      attempts: 3,
    });
    const newer = entry({ answer: { value: 2 }, updatedAt: 2, hintsShown: 1, attempts: 1 });
    expect(mergeEntry(older, newer)).toEqual({
      answer: { value: 2 },
      correct: false,
      updatedAt: 2,
      attempts: 3,
      hintsShown: 2,
      revealed: true,
    });
  });

  it('mergeProgress(a, b) keeps exercises present in either copy', () => {
    const a: Progress = { schema: 3, exercises: { x: entry({}) } };
    const b: Progress = { schema: 3, exercises: { y: entry({ correct: true }) } };
    expect(Object.keys(mergeProgress(a, b).exercises).sort()).toEqual(['x', 'y']);
  });

  it('mergeProgress(a, b) drops entries and visits from before a reset in either copy', () => {
    const a: Progress = {
      schema: 3,
      exercises: { x: entry({ updatedAt: 5 }), y: entry({ updatedAt: 20 }) },
      lessonsVisited: { one: 5 },
    };
    const b: Progress = { schema: 3, exercises: {}, resetAt: 10 };
    expect(mergeProgress(a, b)).toEqual({
      schema: 3,
      exercises: { y: entry({ updatedAt: 20 }) },
      lessonsVisited: {},
      resetAt: 10,
    });
  });

  it('mergeProgress is commutative', () => {
    fc.assert(
      fc.property(arbProgress, arbProgress, (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
      }),
    );
  });

  it('mergeProgress is idempotent: merging a copy with itself changes nothing it keeps', () => {
    fc.assert(
      fc.property(arbProgress, (a) => {
        const once = mergeProgress(a, a);
        expect(mergeProgress(once, once)).toEqual(once);
        expect(mergeProgress(once, a)).toEqual(once);
      }),
    );
  });

  it('mergeProgress is associative when no copy carries a reset', () => {
    const noReset = arbProgress.map(({ resetAt: _r, ...p }) => p);
    fc.assert(
      fc.property(noReset, noReset, noReset, (a, b, c) => {
        expect(mergeProgress(mergeProgress(a, b), c)).toEqual(
          mergeProgress(a, mergeProgress(b, c)),
        );
      }),
    );
  });

  it('mergeProgress never loses a correct answer', () => {
    fc.assert(
      fc.property(
        arbProgress.map(({ resetAt: _r, ...p }) => p),
        arbProgress.map(({ resetAt: _r, ...p }) => p),
        (a, b) => {
          const merged = mergeProgress(a, b);
          for (const [id, e] of [...Object.entries(a.exercises), ...Object.entries(b.exercises)]) {
            if (e.correct) expect(merged.exercises[id].correct).toBe(true);
          }
        },
      ),
    );
  });
});

describe('mergeProgress with ids from outside', () => {
  it('keeps an exercise id that names an Object.prototype member (constructor, toString)', () => {
    const only = entry({ answer: { value: 1 }, attempts: 2 });
    const a: Progress = { schema: 3, exercises: {} };
    const b: Progress = { schema: 3, exercises: { constructor: only, toString: only } };
    const merged = mergeProgress(a, b);
    expect(Object.hasOwn(merged.exercises, 'constructor')).toBe(true);
    expect(merged.exercises.constructor).toEqual(only);
    expect(merged.exercises.toString).toEqual(only);
  });

  it('keeps a lesson slug that names an Object.prototype member', () => {
    const merged = mergeProgress(
      { schema: 3, exercises: {}, lessonsVisited: {} },
      { schema: 3, exercises: {}, lessonsVisited: { constructor: 5 } },
    );
    expect(merged.lessonsVisited).toEqual({ constructor: 5 });
  });
});
