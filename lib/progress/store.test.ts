import { describe, expect, it } from 'vitest';
import { CORRUPT_KEY_PREFIX, PROGRESS_KEY, ProgressStore } from './store';
import { entryFor, progressKeyFor } from './scope';
import { memoryStorage, type KeyValueStorage } from './storage';

/** A clock that ticks one millisecond per call, so tests never depend on real time. */
function clock(start = 1_000) {
  let t = start;
  return () => t++;
}

function stored(storage: ReturnType<typeof memoryStorage>) {
  return JSON.parse(storage.data.get(PROGRESS_KEY) ?? 'null');
}

/** A storage that throws like a full localStorage once `full` is set. */
function fullableStorage() {
  const inner = memoryStorage();
  const state = { full: false };
  const storage: KeyValueStorage = {
    getItem: inner.getItem,
    removeItem: inner.removeItem,
    setItem(key, value) {
      if (state.full)
        throw Object.assign(new Error('The quota has been exceeded.'), {
          name: 'QuotaExceededError',
        });
      inner.setItem(key, value);
    },
  };
  return { storage, inner, state };
}

describe('ProgressStore', () => {
  it('an assignment’s answer (id@fingerprint) and the lesson’s never replace each other, and both survive a reload', () => {
    const storage = memoryStorage();
    const store = new ProgressStore(storage, { now: clock() });
    const tight = { goal: { steps: 30 } };
    store.recordAttempt('l1-tune-gd', { values: { lr: 1.49 } }, { correct: true });
    store.recordAttempt(
      progressKeyFor('l1-tune-gd', tight),
      { values: { lr: 1.49 } },
      { correct: false },
    );
    store.recordAttempt(
      progressKeyFor('l1-tune-gd', tight),
      { values: { lr: 1.79 } },
      { correct: true },
    );
    store.recordAttempt('l1-tune-gd', { values: { lr: 0.5 } }, { correct: false });
    const reloaded = new ProgressStore(storage, { now: clock(9_000) }).load().progress;
    expect(entryFor(reloaded, 'l1-tune-gd', undefined)).toMatchObject({
      answer: { values: { lr: 1.49 } },
      correct: true,
      attempts: 2,
    });
    expect(entryFor(reloaded, 'l1-tune-gd', tight)).toMatchObject({
      answer: { values: { lr: 1.79 } },
      correct: true,
      attempts: 2,
    });
    expect(entryFor(reloaded, 'l1-tune-gd', { goal: { loss: 1e308 } })).toBeUndefined();
  });

  it('load() on empty storage gives empty progress and no problem', () => {
    const store = new ProgressStore(memoryStorage(), { now: clock() });
    expect(store.load()).toEqual({ progress: { schema: 3, exercises: {} } });
  });

  it('recordAttempt(id, answer, result) stores the answer, the verdict and counts attempts', () => {
    const storage = memoryStorage();
    const store = new ProgressStore(storage, { now: clock() });
    store.load();
    expect(store.recordAttempt('q', { value: 3 }, { correct: false })).toEqual({ ok: true });
    store.recordAttempt('q', { value: 0.8 }, { correct: true });
    expect(stored(storage).exercises.q).toMatchObject({
      answer: { value: 0.8 },
      correct: true,
      attempts: 2,
    });
  });

  it('recordAttempt keeps a correct answer when a later attempt is wrong, but counts the attempt', () => {
    const store = new ProgressStore(memoryStorage(), { now: clock() });
    store.recordAttempt('q', { value: 0.8 }, { correct: true });
    store.recordAttempt('q', { value: 5 }, { correct: false });
    expect(store.getSnapshot().exercises.q).toMatchObject({
      answer: { value: 0.8 },
      correct: true,
      attempts: 2,
    });
  });

  it('revealHint(id) and revealSolution(id) are recorded even before any answer', () => {
    const store = new ProgressStore(memoryStorage(), { now: clock() });
    store.revealHint('q');
    store.revealHint('q');
    store.revealSolution('q');
    expect(store.getSnapshot().exercises.q).toMatchObject({
      answer: null,
      attempts: 0,
      hintsShown: 2,
      revealed: true,
    });
  });

  it('two tabs writing to the same storage keep each other’s answers (read-merge-write)', () => {
    const storage = memoryStorage();
    const tabA = new ProgressStore(storage, { now: clock(1_000) });
    const tabB = new ProgressStore(storage, { now: clock(2_000) });
    tabA.load();
    tabB.load();
    tabA.recordAttempt('a', { value: 1 }, { correct: true });
    tabB.recordAttempt('b', { value: 2 }, { correct: true });
    expect(Object.keys(stored(storage).exercises).sort()).toEqual(['a', 'b']);
  });

  it('onExternalChange(raw) merges another tab’s data and notifies subscribers', () => {
    const storage = memoryStorage();
    const tabA = new ProgressStore(storage, { now: clock() });
    const tabB = new ProgressStore(storage, { now: clock() });
    const seen: number[] = [];
    tabA.subscribe((p) => seen.push(Object.keys(p.exercises).length));
    tabB.recordAttempt('b', { value: 2 }, { correct: false });
    tabA.onExternalChange(storage.getItem(PROGRESS_KEY));
    expect(tabA.getSnapshot().exercises.b).toBeDefined();
    expect(seen).toEqual([1]);
  });

  it('onExternalChange(raw) ignores corrupt data instead of throwing', () => {
    const store = new ProgressStore(memoryStorage(), { now: clock() });
    store.recordAttempt('a', { value: 1 }, { correct: true });
    store.onExternalChange('{"schema": 2, "exer');
    expect(store.getSnapshot().exercises.a).toBeDefined();
  });

  it('load() migrates schema-1 progress and writes it back as schema 3', () => {
    const storage = memoryStorage({
      [PROGRESS_KEY]: JSON.stringify({
        version: 1,
        answers: { a: { value: { value: 1 }, ok: true } },
      }),
    });
    const store = new ProgressStore(storage, { now: clock() });
    expect(store.load()).toMatchObject({
      migratedFrom: 1,
      progress: { exercises: { a: { correct: true } } },
    });
    expect(stored(storage).schema).toBe(3);
  });

  it('load() backs corrupt stored data up under a timestamped key before writing', () => {
    const raw = '{"schema": 2, "exercises": {"a": {"answer"';
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const store = new ProgressStore(storage, { now: () => 42 });
    const report = store.load();
    expect(report).toMatchObject({
      backedUpAs: `${CORRUPT_KEY_PREFIX}42`,
      problem: { reason: 'corrupt-json' },
    });
    expect(storage.data.get(`${CORRUPT_KEY_PREFIX}42`)).toBe(raw);
  });

  it('a full storage returns { ok: false, reason: "quota" } and the answer stays in memory until a later write succeeds', () => {
    const { storage, inner, state } = fullableStorage();
    const store = new ProgressStore(storage, { now: clock() });
    store.load();
    state.full = true;
    expect(store.recordAttempt('a', { value: 1 }, { correct: true })).toMatchObject({
      ok: false,
      reason: 'quota',
    });
    expect(store.getSnapshot().exercises.a.correct).toBe(true);
    state.full = false;
    expect(store.revealHint('b')).toEqual({ ok: true });
    expect(Object.keys(stored(inner).exercises).sort()).toEqual(['a', 'b']);
  });

  it('corrupt data is never overwritten when its backup cannot be written', () => {
    const { storage, inner, state } = fullableStorage();
    inner.setItem(PROGRESS_KEY, 'not json');
    state.full = true;
    const store = new ProgressStore(storage, { now: clock() });
    expect(store.recordAttempt('a', { value: 1 }, { correct: true })).toMatchObject({
      ok: false,
      reason: 'quota',
    });
    expect(inner.getItem(PROGRESS_KEY)).toBe('not json');
  });

  it('a storage that throws on read is reported as unavailable, and progress works in memory', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    const store = new ProgressStore(broken, { now: clock() });
    expect(store.load().problem?.reason).toBe('unavailable');
    store.recordAttempt('a', { value: 1 }, { correct: true });
    expect(store.getSnapshot().exercises.a.correct).toBe(true);
  });

  it('reset() forgets answers in this tab and, through the merge, in another open tab', () => {
    const storage = memoryStorage();
    const tabA = new ProgressStore(storage, { now: clock(1_000) });
    const tabB = new ProgressStore(storage, { now: clock(5_000) });
    tabA.recordAttempt('a', { value: 1 }, { correct: true });
    tabB.load();
    tabB.setPrefs({ motion: 'reduced' });
    tabB.reset();
    tabA.recordAttempt('c', { value: 3 }, { correct: false });
    expect(Object.keys(stored(storage).exercises)).toEqual(['c']);
    expect(stored(storage).prefs.values).toEqual({ motion: 'reduced' });
  });

  it('exportFile() and importFile(text) round-trip, merging rather than replacing', () => {
    const source = new ProgressStore(memoryStorage(), { now: clock() });
    source.recordAttempt('a', { value: 1 }, { correct: true });
    const target = new ProgressStore(memoryStorage(), { now: clock() });
    target.recordAttempt('b', { value: 2 }, { correct: false });
    const result = target.importFile(source.exportFile());
    expect(result).toEqual({ ok: true, imported: 1, save: { ok: true } });
    expect(Object.keys(target.getSnapshot().exercises).sort()).toEqual(['a', 'b']);
  });

  it('importFile(text) after reset() brings the saved answers back (a chosen file is newer than the reset)', () => {
    const storage = memoryStorage();
    const store = new ProgressStore(storage, { now: clock() });
    store.recordAttempt('a', { value: 1 }, { correct: true });
    const saved = store.exportFile();
    store.reset();
    expect(store.getSnapshot().exercises).toEqual({});
    expect(store.importFile(saved)).toMatchObject({ ok: true, imported: 1 });
    expect(store.getSnapshot().exercises.a?.correct).toBe(true);
    // …and it is what storage holds, so a reload (or another tab) sees it too.
    const reloaded = new ProgressStore(storage, { now: clock(10_000) });
    expect(reloaded.load().progress.exercises.a?.correct).toBe(true);
  });

  it('exportFile() is tagged with the momentum-progress format', () => {
    const store = new ProgressStore(memoryStorage(), { now: () => 0 });
    expect(JSON.parse(store.exportFile())).toMatchObject({
      format: 'momentum-progress',
      version: 1,
      exportedAt: '1970-01-01T00:00:00.000Z',
    });
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['a foreign file', '{"format":"momentum-submission"}', /not a Momentum progress file/],
    ['an unknown version', '{"format":"momentum-progress","version":9}', /version 9/],
    [
      'unreadable progress',
      '{"format":"momentum-progress","version":1,"progress":{"schema":2}}',
      /cannot be read/,
    ],
  ])('importFile(text) rejects %s with a reason and changes nothing', (_what, text, reason) => {
    const store = new ProgressStore(memoryStorage(), { now: clock() });
    store.recordAttempt('a', { value: 1 }, { correct: true });
    const before = store.getSnapshot();
    const result = store.importFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
    expect(store.getSnapshot()).toBe(before);
  });

  it('importFile(text) migrates a schema-1 progress inside the file', () => {
    const store = new ProgressStore(memoryStorage(), { now: clock() });
    const text = JSON.stringify({
      format: 'momentum-progress',
      version: 1,
      progress: { version: 1, answers: { a: { value: { value: 1 }, ok: true } } },
    });
    expect(store.importFile(text)).toMatchObject({ ok: true, imported: 1, migratedFrom: 1 });
  });

  describe('with hostile or damaged data', () => {
    const deep = (depth: number) => `${'['.repeat(depth)}0${']'.repeat(depth)}`;
    const entryJson = (answer: string, updatedAt = 1_000) =>
      `{"answer":${answer},"correct":false,"attempts":1,"hintsShown":0,"revealed":false,"updatedAt":${updatedAt}}`;
    const progressFile = (exercises: string) =>
      `{"format":"momentum-progress","version":1,"progress":{"schema":2,"exercises":{${exercises}}}}`;

    it('importFile(text) leaves out an answer nested 100,000 deep, says so, and saving keeps working', () => {
      const storage = memoryStorage();
      const store = new ProgressStore(storage, { now: clock() });
      const text = progressFile(
        `"deep":${entryJson(deep(100_000))},"fine":${entryJson('{"value":2}')}`,
      );
      expect(store.importFile(text)).toMatchObject({
        ok: true,
        imported: 1,
        skipped: [{ id: 'deep', message: expect.stringMatching(/answer/) }],
        save: { ok: true },
      });
      expect(store.recordAttempt('q', { value: 0.5 }, { correct: true })).toEqual({ ok: true });
      expect(Object.keys(stored(storage).exercises).sort()).toEqual(['fine', 'q']);
      expect(store.reset()).toEqual({ ok: true });
      expect(stored(storage).exercises).toEqual({});
    });

    it('load() sets aside bad entries a former build stored, backs the data up, reports them and keeps the rest', () => {
      const raw = `{"schema":2,"exercises":{"deep":${entryJson(deep(100_000))},"typo":${entryJson('{"values":{"lr":"abc"}}')},"fine":${entryJson('{"value":2}')}}}`;
      const storage = memoryStorage({ [PROGRESS_KEY]: raw });
      const store = new ProgressStore(storage, { now: () => 77 });
      expect(store.load()).toMatchObject({
        backedUpAs: `${CORRUPT_KEY_PREFIX}77`,
        setAside: [{ id: 'deep' }, { id: 'typo' }],
        problem: { reason: 'invalid-entries' },
      });
      expect(storage.data.get(`${CORRUPT_KEY_PREFIX}77`)).toBe(raw);
      expect(Object.keys(stored(storage).exercises)).toEqual(['fine']);
      expect(store.recordAttempt('q', { value: 1 }, { correct: true })).toEqual({ ok: true });
      // Set aside once: what is stored now reads cleanly.
      expect(new ProgressStore(storage, { now: () => 99 }).load()).not.toHaveProperty('setAside');
    });

    it('stored entries that fail are left in storage untouched, and reported, when no backup can be written', () => {
      const { storage, inner, state } = fullableStorage();
      const raw = `{"schema":2,"exercises":{"typo":${entryJson('{"value":"x"}')},"fine":${entryJson('{"value":2}')}}}`;
      inner.setItem(PROGRESS_KEY, raw);
      state.full = true;
      const store = new ProgressStore(storage, { now: clock() });
      expect(store.load()).toMatchObject({
        setAside: [{ id: 'typo' }],
        problem: { reason: 'invalid-entries' },
      });
      expect(inner.getItem(PROGRESS_KEY)).toBe(raw);
      expect(Object.keys(store.getSnapshot().exercises)).toEqual(['fine']);
    });

    it('a failure inside a change comes back as a value and leaves progress as it was', () => {
      let broken = false;
      const store = new ProgressStore(memoryStorage(), {
        now: () => {
          if (broken) throw new RangeError('clock exploded');
          return 5;
        },
      });
      store.recordAttempt('a', { value: 1 }, { correct: true });
      const before = store.getSnapshot();
      broken = true;
      expect(store.recordAttempt('b', { value: 2 }, { correct: true })).toEqual({
        ok: false,
        reason: 'failed',
        message: 'clock exploded',
      });
      expect(store.reset()).toMatchObject({ ok: false, reason: 'failed' });
      expect(store.getSnapshot()).toBe(before);
    });

    it('importFile(text) clamps times stamped in the future to now, so a reset still clears them', () => {
      const storage = memoryStorage();
      const store = new ProgressStore(storage, { now: clock(50_000) });
      const text = progressFile(
        `"a":${entryJson('{"value":1}', 9e15)},"b":${entryJson('{"value":2}', 9e15)}`,
      );
      store.importFile(text);
      const times = Object.values(store.getSnapshot().exercises).map((e) => e.updatedAt);
      expect(Math.max(...times)).toBeLessThan(60_000);
      store.reset();
      expect(store.getSnapshot().exercises).toEqual({});
    });

    it('reset() wins over entries stamped after now that are already stored', () => {
      const raw = `{"schema":2,"exercises":{"a":${entryJson('{"value":1}', 9e15)}},"lessonsVisited":{"momentum":9e15}}`;
      const storage = memoryStorage({ [PROGRESS_KEY]: raw });
      const store = new ProgressStore(storage, { now: clock() });
      store.load();
      store.reset();
      expect(stored(storage).exercises).toEqual({});
      expect(stored(storage).lessonsVisited ?? {}).toEqual({});
      // …and what the learner does next is recorded after the reset.
      store.recordAttempt('b', { value: 2 }, { correct: true });
      expect(Object.keys(stored(storage).exercises)).toEqual(['b']);
    });

    it('an exercise id named like an Object.prototype member is stored and merged as any other', () => {
      const storage = memoryStorage();
      const store = new ProgressStore(storage, { now: clock() });
      store.recordAttempt('constructor', { value: 1 }, { correct: true });
      store.recordAttempt('constructor', { value: 2 }, { correct: false });
      expect(store.getSnapshot().exercises.constructor).toMatchObject({
        correct: true,
        attempts: 2,
      });
      store.revealHint('to-string');
      expect(stored(storage).exercises.constructor.attempts).toBe(2);
    });
  });
});
