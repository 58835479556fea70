import { describe, expect, it } from 'vitest';
import { hasUnprintable, printable, REPLACEMENT } from './printable';

describe('printable', () => {
  it.each([
    ['an escape sequence that hides text', 'Eve\u001b[8m', `Eve${REPLACEMENT}[8m`],
    [
      'an OSC 52 clipboard write',
      '\u001b]52;c;aGk=\u0007',
      `${REPLACEMENT}]52;c;aGk=${REPLACEMENT}`,
    ],
    ['a window title change', '\u001b]0;pwned\u0007', `${REPLACEMENT}]0;pwned${REPLACEMENT}`],
    ['a one-byte CSI (C1)', '\u009b2J', `${REPLACEMENT}2J`],
    ['DEL and NUL', 'a\u007fb\u0000c', `a${REPLACEMENT}b${REPLACEMENT}c`],
    ['a carriage return that overwrites the line', 'Bob\rAlice', `Bob${REPLACEMENT}Alice`],
    ['line breaks and tabs', 'a\nb\tc', `a${REPLACEMENT}b${REPLACEMENT}c`],
    ['a right-to-left override', 'Ali\u202ecod.exe', `Ali${REPLACEMENT}cod.exe`],
    ['every bidi embedding and override', '\u202a\u202b\u202c\u202d\u202e', REPLACEMENT.repeat(5)],
    ['every bidi isolate', '\u2066\u2067\u2068\u2069', REPLACEMENT.repeat(4)],
  ])('replaces %s', (_what, input, output) => {
    expect(printable(input)).toBe(output);
    expect(hasUnprintable(input)).toBe(true);
    expect(hasUnprintable(printable(input))).toBe(false);
  });

  it.each(['Zoë Ångström', 'محمد', 'שלום', '山田 太郎', 'O’Brien-Smith', '=cmd|"/c calc"!A1'])(
    'keeps %s as it is',
    (name) => {
      expect(printable(name)).toBe(name);
      expect(hasUnprintable(name)).toBe(false);
    },
  );
});
