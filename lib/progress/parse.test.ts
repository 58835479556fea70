import { describe, expect, it } from 'vitest';
import { parseProgress } from './parse';

const v2 = {
  schema: 2,
  exercises: {
    'l1-gd-factor': {
      answer: { value: 0.8 },
      correct: true,
      attempts: 2,
      hintsShown: 1,
      revealed: false,
      updatedAt: 1000,
    },
  },
  lessonsVisited: { 'gradient-descent': 900 },
};

describe('parseProgress', () => {
  it('parseProgress(null) is empty progress: nothing stored yet', () => {
    expect(parseProgress(null)).toEqual({ ok: true, progress: { schema: 2, exercises: {} } });
  });

  it('parseProgress(raw) reads schema-2 progress as it is', () => {
    expect(parseProgress(JSON.stringify(v2))).toEqual({ ok: true, progress: v2 });
  });

  it('parseProgress(raw) migrates schema-1 progress and says from which schema', () => {
    const v1 = {
      version: 1,
      savedAt: 5000,
      answers: { a: { value: { value: 3 }, ok: true, tries: 4 }, b: { value: null, ok: false } },
    };
    expect(parseProgress(JSON.stringify(v1))).toEqual({
      ok: true,
      migratedFrom: 1,
      progress: {
        schema: 2,
        exercises: {
          a: {
            answer: { value: 3 },
            correct: true,
            attempts: 4,
            hintsShown: 0,
            revealed: false,
            updatedAt: 5000,
          },
          b: {
            answer: null,
            correct: false,
            attempts: 0,
            hintsShown: 0,
            revealed: false,
            updatedAt: 5000,
          },
        },
      },
    });
  });

  it('parseProgress(raw) reports truncated JSON with the raw text instead of throwing', () => {
    const raw = JSON.stringify(v2).slice(0, 40);
    expect(parseProgress(raw)).toMatchObject({ ok: false, reason: 'corrupt-json', raw });
  });

  it.each([
    ['a wrong shape', { schema: 2, exercises: { a: { correct: 'yes' } } }, 'invalid-shape'],
    ['no schema number', { exercises: {} }, 'invalid-shape'],
    ['a schema-1 record of the wrong shape', { version: 1, answers: [] }, 'invalid-shape'],
    ['a newer schema', { schema: 3, exercises: {} }, 'newer-version'],
    ['an unknown old schema', { version: 0 }, 'unknown-version'],
    ['a JSON string', 'progress', 'invalid-shape'],
  ])('parseProgress(raw) reports %s as %s', (_what, data, reason) => {
    const raw = JSON.stringify(data);
    expect(parseProgress(raw)).toMatchObject({ ok: false, reason, raw });
  });
});
