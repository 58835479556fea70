import { describe, expect, it } from 'vitest';
import { followText, NO_TEXT } from './typed-text';

describe('followText: what a figure draws for typed text', () => {
  const valid = followText<string>(NO_TEXT, { ok: true, value: 'x^2' });

  it('takes a valid parse', () => {
    expect(valid).toEqual({ value: 'x^2', error: null });
  });

  it('keeps the last valid value, with the error, while the text does not parse', () => {
    expect(followText(valid, { ok: false, message: 'Unexpected +' })).toEqual({
      value: 'x^2',
      error: 'Unexpected +',
    });
  });

  it('drops the last valid value once the text is cleared', () => {
    expect(followText(valid, null)).toEqual({ value: null, error: null });
    const broken = followText(valid, { ok: false, message: 'Unexpected +' });
    expect(followText(broken, null)).toEqual({ value: null, error: null });
  });
});
