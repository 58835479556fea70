import { describe, expect, it } from 'vitest';
import {
  canonicalOverrides,
  PROGRESS_ENTRY_KEY,
  progressKeyFor,
  settingsFingerprint,
  splitProgressKey,
  stableHash,
} from './scope';

describe('progress scopes', () => {
  it('settingsFingerprint(overrides) is the same for the same settings written in another order', () => {
    expect(settingsFingerprint({ goal: { steps: 40, loss: 1e-4 }, seed: 3 })).toBe(
      settingsFingerprint({ seed: 3, goal: { loss: 1e-4, steps: 40 } }),
    );
  });

  it('settingsFingerprint(overrides) differs when any setting differs (a tighter budget, a prank loss)', () => {
    const base = settingsFingerprint({ goal: { steps: 40 } });
    expect(settingsFingerprint({ goal: { steps: 39 } })).not.toBe(base);
    expect(settingsFingerprint({ goal: { loss: 1e308 } })).not.toBe(base);
    expect(settingsFingerprint({ objective: 'x^2 + y^2' })).not.toBe(base);
  });

  it('settingsFingerprint(overrides) is undefined for the lesson’s own settings (none, or empty)', () => {
    expect(settingsFingerprint(undefined)).toBeUndefined();
    expect(settingsFingerprint({})).toBeUndefined();
    expect(settingsFingerprint({ goal: {} })).toBeUndefined();
    expect(canonicalOverrides({ goal: { loss: undefined } })).toBe('{}');
  });

  it('stableHash(text) is 16 hex digits and depends on every character', () => {
    expect(stableHash('{"goal":{"steps":40}}')).toMatch(/^[0-9a-f]{16}$/);
    expect(stableHash('ab')).not.toBe(stableHash('ba'));
    expect(stableHash('')).toBe(stableHash(''));
  });

  it('progressKeyFor(id, overrides) keys a lesson answer by id and an assignment’s by id@fingerprint', () => {
    expect(progressKeyFor('l2-tune', undefined)).toBe('l2-tune');
    const key = progressKeyFor('l2-tune', { goal: { steps: 40 } });
    expect(key).toMatch(PROGRESS_ENTRY_KEY);
    expect(splitProgressKey(key)).toEqual({
      id: 'l2-tune',
      fingerprint: settingsFingerprint({ goal: { steps: 40 } }),
    });
    expect(splitProgressKey('l2-tune')).toEqual({ id: 'l2-tune' });
  });
});
