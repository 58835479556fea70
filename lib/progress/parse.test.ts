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
    expect(parseProgress(null)).toEqual({ ok: true, progress: { schema: 3, exercises: {} } });
  });

  it('parseProgress(raw) reads schema-3 progress, assignment records (id@fingerprint) included, as it is', () => {
    const v3 = {
      ...v2,
      schema: 3,
      exercises: { ...v2.exercises, 'l2-tune@0123456789abcdef': v2.exercises['l1-gd-factor'] },
    };
    expect(parseProgress(JSON.stringify(v3))).toEqual({ ok: true, progress: v3 });
  });

  it('parseProgress(raw) migrates schema-2 progress: every record becomes a lesson record, nothing lost', () => {
    expect(parseProgress(JSON.stringify(v2))).toEqual({
      ok: true,
      migratedFrom: 2,
      progress: { ...v2, schema: 3 },
    });
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
        schema: 3,
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
    ['exercises that are not a record', { schema: 2, exercises: [] }, 'invalid-shape'],
    [
      'a reset time that is not a time',
      { schema: 2, exercises: {}, resetAt: 'now' },
      'invalid-shape',
    ],
    ['no schema number', { exercises: {} }, 'invalid-shape'],
    ['a schema-1 record of the wrong shape', { version: 1, answers: [] }, 'invalid-shape'],
    ['a newer schema', { schema: 4, exercises: {} }, 'newer-version'],
    ['an unknown old schema', { version: 0 }, 'unknown-version'],
    ['a JSON string', 'progress', 'invalid-shape'],
  ])('parseProgress(raw) reports %s as %s', (_what, data, reason) => {
    const raw = JSON.stringify(data);
    expect(parseProgress(raw)).toMatchObject({ ok: false, reason, raw });
  });
});

/** An array nested `depth` deep around 0, as JSON text (built without recursion). */
function deepJson(depth: number): string {
  return `${'['.repeat(depth)}0${']'.repeat(depth)}`;
}

const entry = (answer: unknown, over: Record<string, unknown> = {}) => ({
  answer,
  correct: false,
  attempts: 1,
  hintsShown: 0,
  revealed: false,
  updatedAt: 1000,
  ...over,
});

describe('parseProgress with bad entries', () => {
  it('sets aside an answer nested 100,000 arrays deep and keeps the other entries', () => {
    const raw = `{"schema":2,"exercises":{"deep":${JSON.stringify(entry(null)).replace('null', deepJson(100_000))},"ok":${JSON.stringify(entry({ value: 1 }))}}}`;
    const parsed = parseProgress(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.progress.exercises)).toEqual(['ok']);
    expect(parsed.setAside).toEqual([
      { what: 'exercise', id: 'deep', message: expect.stringMatching(/answer/) },
    ]);
  });

  it.each([
    ['a parameter value that is a string', { values: { lr: 'abc' } }],
    ['a parameter value that is null', { values: { lr: null } }],
    ['an unknown parameter', { values: { gamma: 1 } }],
    ['a numeric value that is a string', { value: '0.8' }],
    ['a choice list of numbers', { selected: [1, 2] }],
    ['a choice list too long to be real', { selected: Array.from({ length: 1000 }, () => 'a') }],
    ['a formula longer than any input allows', { source: 'x'.repeat(5000) }],
    ['an answer with extra fields', { value: 1, extra: true }],
    ['a bare number', 3],
    ['a string', 'hello'],
  ])('sets aside %s', (_what, answer) => {
    const raw = JSON.stringify({
      schema: 2,
      exercises: { bad: entry(answer), good: entry({ value: 1 }) },
    });
    const parsed = parseProgress(raw);
    expect(parsed).toMatchObject({ ok: true, setAside: [{ what: 'exercise', id: 'bad' }] });
    if (parsed.ok) expect(Object.keys(parsed.progress.exercises)).toEqual(['good']);
  });

  it.each([
    ['a string count', { attempts: 'many' }],
    ['a negative time', { updatedAt: -5 }],
    ['a missing verdict', { correct: undefined }],
  ])('sets aside an entry with %s', (_what, over) => {
    const raw = JSON.stringify({ schema: 2, exercises: { bad: entry(null, over) } });
    expect(parseProgress(raw)).toMatchObject({
      ok: true,
      progress: { exercises: {} },
      setAside: [{ what: 'exercise', id: 'bad' }],
    });
  });

  it('sets aside entries whose ids could not come from the course (__proto__, spaces, capitals)', () => {
    const raw = `{"schema":2,"exercises":{"__proto__":${JSON.stringify(entry(null))},"Has Space":${JSON.stringify(entry(null))},"constructor":${JSON.stringify(entry({ value: 2 }))}}}`;
    const parsed = parseProgress(raw);
    expect(parsed.ok && parsed.setAside?.map((s) => s.id)).toEqual(['__proto__', 'Has Space']);
    // An id that merely shares a name with an Object.prototype member is the learner's own.
    expect(parsed.ok && Object.hasOwn(parsed.progress.exercises, 'constructor')).toBe(true);
  });

  it('sets aside a bad lesson visit and bad preferences, keeping the answers', () => {
    const raw = JSON.stringify({
      schema: 2,
      exercises: { good: entry({ value: 1 }) },
      lessonsVisited: { momentum: 5, broken: 'yesterday' },
      prefs: { updatedAt: 1, values: { theme: { nested: true } } },
    });
    const parsed = parseProgress(raw);
    expect(parsed).toMatchObject({
      ok: true,
      progress: { exercises: { good: {} }, lessonsVisited: { momentum: 5 } },
      setAside: [
        { what: 'visit', id: 'broken' },
        { what: 'prefs', id: 'prefs' },
      ],
    });
    if (parsed.ok) expect(parsed.progress.prefs).toBeUndefined();
  });
});
