import { describe, expect, it } from 'vitest';
import { applyEdits, flightEdits, flightPayload, rewriteFlightData, scriptSafeJson } from './flight';

const push = (text: string) => `<script>self.__next_f.push(${scriptSafeJson([1, text])})</script>`;
const page = (...texts: string[]) =>
  `<html><head></head><body><script>(self.__next_f=self.__next_f||[]).push([0])</script>${texts.map(push).join('')}</body></html>`;
const upper = (value: string) => (value.startsWith('/') ? value.toUpperCase() : null);

describe('flight data', () => {
  it('flightEdits visits every JSON string value with the key it belongs to', () => {
    const seen: [string, string | null][] = [];
    flightEdits('1:I[42,["/_next/a.js"],"X"]\n2:["$","a",null,{"href":"/x/","children":"/"}]\n', (v, k) => {
      seen.push([v, k]);
      return null;
    });
    expect(seen).toEqual([
      ['/_next/a.js', null],
      ['X', null],
      ['$', null],
      ['a', null],
      ['/x/', 'href'],
      ['/', 'children'],
    ]);
  });

  it('a text row is skipped by its byte length, even when it holds quotes and newlines', () => {
    const text = 'é "/_next/no.js"\nλ';
    const bytes = new TextEncoder().encode(text).length;
    const payload = `1:T${bytes.toString(16)},${text}2:"/_next/yes.js"\n`;
    const edits = flightEdits(payload, upper);
    expect(applyEdits(payload, edits)).toBe(`1:T${bytes.toString(16)},${text}2:"/_NEXT/YES.JS"\n`);
  });

  it('escaped quotes and backslashes inside strings do not end them', () => {
    const payload = '1:{"a":"say \\"/x\\" \\\\","href":"/y"}\n';
    const edits = flightEdits(payload, (v, k) => (k === 'href' ? '/z' : null));
    expect(applyEdits(payload, edits)).toBe('1:{"a":"say \\"/x\\" \\\\","href":"/z"}\n');
  });

  it('text that does not read as rows fails loudly', () => {
    expect(() => flightEdits('not a row', upper)).toThrow(/no row starts at 0/);
  });

  it('rewriteFlightData rewrites each push it changes and leaves the others byte for byte', () => {
    const untouched = push('1:"plain"\n');
    const html = page('1:"plain"\n', '2:{"href":"/lessons/"}\n');
    const out = rewriteFlightData(html, (v, k) => (k === 'href' ? './lessons/index.html' : null));
    expect(out).toContain(untouched);
    expect(flightPayload(out)).toBe('1:"plain"\n2:{"href":"./lessons/index.html"}\n');
  });

  it('rows may span two pushes: the payload is read whole', () => {
    const html = page('1:{"href":"/a/"}\n2:{"chi', 'ldren":"x","src":"/b.png"}\n');
    const out = rewriteFlightData(html, upper);
    expect(flightPayload(out)).toBe('1:{"href":"/A/"}\n2:{"children":"x","src":"/B.PNG"}\n');
  });

  it('a rewritten push stays script-safe: no payload text can close the tag', () => {
    const html = page('1:{"href":"/a/","children":"</script><b>"}\n');
    const out = rewriteFlightData(html, upper);
    expect(out.match(/<\/script>/g)).toHaveLength(2);
    expect(flightPayload(out)).toContain('"children":"</script><b>"');
    expect(scriptSafeJson(['<&>\u2028'])).toBe('["\\u003c\\u0026\\u003e\\u2028"]');
  });
});
