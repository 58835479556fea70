import { describe, expect, it } from 'vitest';
import { lex } from './lexer';

const kinds = (s: string): string[] =>
  lex(s).map((t) => (t.type === 'num' ? `num:${t.value}` : `${t.type}:${t.text}`));

describe('lex', () => {
  it('lex tells the constant e from a decimal exponent', () => {
    expect(kinds('1e-3')).toEqual(['num:0.001', 'eof:']);
    expect(kinds('2e')).toEqual(['num:2', 'ident:e', 'eof:']);
    expect(kinds('2e-x')).toEqual(['num:2', 'ident:e', 'op:-', 'ident:x', 'eof:']);
    expect(kinds('2E+2')).toEqual(['num:200', 'eof:']);
    expect(kinds('.5e1')).toEqual(['num:5', 'eof:']);
    expect(kinds('e2')).toEqual(['ident:e2', 'eof:']);
  });

  it('lex maps pasted operators to ASCII ones', () => {
    expect(kinds('a×b·c⋅d∗e−f–g÷h**i^j')).toEqual([
      'ident:a',
      'op:*',
      'ident:b',
      'op:*',
      'ident:c',
      'op:*',
      'ident:d',
      'op:*',
      'ident:e',
      'op:-',
      'ident:f',
      'op:-',
      'ident:g',
      'op:/',
      'ident:h',
      'op:^',
      'ident:i',
      'op:^',
      'ident:j',
      'eof:',
    ]);
    expect(lex('x²')[1]).toMatchObject({ type: 'sup', value: 2, index: 1 });
  });

  it('lex turns line breaks and ; into separators and = and ← into assignments', () => {
    expect(kinds('v = g\nw ← w; ')).toEqual([
      'ident:v',
      '=:=',
      'ident:g',
      'sep:\n',
      'ident:w',
      '=:←',
      'ident:w',
      'sep:;',
      'eof:',
    ]);
  });

  it('lex records where each token starts and ends', () => {
    expect(lex(' 12.5 + xy').map((t) => [t.index, t.end])).toEqual([
      [1, 5],
      [6, 7],
      [8, 10],
      [10, 10],
    ]);
  });

  it('lex skips every kind of space, including non-breaking and thin spaces', () => {
    expect(kinds('x\t+\u00a0y\u2009\r')).toEqual(['ident:x', 'op:+', 'ident:y', 'eof:']);
  });

  it('lex reads Greek letters as names', () => {
    expect(kinds('α β2 π')).toEqual(['ident:α', 'ident:β2', 'ident:π', 'eof:']);
  });

  it('lex throws a positioned error on a character with no meaning', () => {
    expect(() => lex('x # y')).toThrow(expect.objectContaining({ index: 2 }));
    expect(() => lex('x.y')).toThrow(/decimal point/);
    expect(() => lex('1e999')).toThrow(/too large/);
    expect(() => lex('x 😀')).toThrow("Unexpected character '😀' at position 3.");
  });
});
