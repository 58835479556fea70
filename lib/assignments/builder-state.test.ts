import { describe, expect, it } from 'vitest';
import { draftOf, emptyBuilderState, readBuilderState, type BuilderState } from './builder-state';

const state: BuilderState = {
  ...emptyBuilderState('ab12c'),
  title: 'Неделя 3',
  picked: ['l1-tune-gd', 'l2-momentum-choice'],
  drafts: { 'l1-tune-gd': { objective: 'x^2 +', loss: '1e-', steps: '', seed: '' } },
};

describe('the builder’s saved state', () => {
  it('comes back exactly as it was stored, half-typed fields included', () => {
    expect(readBuilderState(JSON.stringify(state))).toEqual({ ok: true, state });
  });

  it('nothing stored is an empty start, not a notice', () => {
    expect(readBuilderState(null)).toEqual({ ok: true, state: null });
  });

  it('damaged or foreign data is a notice in words, never an exception', () => {
    for (const raw of [
      '{',
      'null',
      '[]',
      '"x"',
      JSON.stringify({ ...state, version: 2 }),
      JSON.stringify({ ...state, picked: ['Not An Id'] }),
      JSON.stringify({ ...state, title: 'x'.repeat(201) }),
    ]) {
      const reading = readBuilderState(raw);
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.notice).toMatch(/could not be read back/);
    }
  });

  it('looks drafts up by own property only', () => {
    expect(draftOf(state, 'constructor')).toEqual({ objective: '', loss: '', steps: '', seed: '' });
    expect(draftOf(state, 'l1-tune-gd').objective).toBe('x^2 +');
  });
});
