import { describe, expect, it } from 'vitest';
import { flightPayload, scriptSafeJson } from './flight';
import { rewriteCss, rewriteHtml } from './rewrite';

const files = new Set([
  'index.html',
  'lessons/momentum/index.html',
  '_next/static/chunks/a.js',
  '_next/static/media/f.woff2',
  '_next/static/chunks/s.css',
]);
const top = new Set(['index.html', 'lessons', '_next']);

function lessonPage(base: string): string {
  const payload = `1:"${base}/_next/static/chunks/a.js"\n2:["$","a",null,{"href":"${base}/","children":"/"}]\n3:{"href":"${base}/elsewhere/"}\n`;
  return (
    `<html><head><meta charSet="utf-8"/><link rel="preconnect" href="/" crossorigin=""/>` +
    `<script src="${base}/_next/static/chunks/a.js" async=""></script></head><body>` +
    `<a href="${base}/lessons/momentum/?a=1&amp;b=2#x">next</a><a href="https://example.org/">out</a>` +
    `<script>self.__next_f.push(${scriptSafeJson([1, payload])})</script></body></html>`
  );
}

describe('classroom rewrite', () => {
  for (const base of ['', '/sub/path']) {
    it(`rewriteHtml makes the page's links relative (base '${base}')`, () => {
      const out = rewriteHtml(lessonPage(base), {
        fileRel: 'lessons/momentum/index.html',
        files,
        base,
        top,
        shim: 'void 0',
      });
      expect(out).not.toContain('rel="preconnect"');
      expect(out).toContain('<script src="../../_next/static/chunks/a.js" async="">');
      expect(out).toContain('<a href="./index.html?a=1&amp;b=2#x">');
      expect(out).toContain('<a href="https://example.org/">');
      const payload = flightPayload(out);
      expect(payload).toContain('1:"../../_next/static/chunks/a.js"');
      // An href to the home page is relocated; a text node "/" and an unknown top folder are not.
      expect(payload).toContain('{"href":"../../index.html","children":"/"}');
      expect(payload).toContain(`3:{"href":"${base}/elsewhere/"}`);
    });
  }

  it('rewriteHtml puts the shim first in <head>, told the way to the root and the base', () => {
    const out = rewriteHtml(lessonPage('/sub/path'), {
      fileRel: 'lessons/momentum/index.html',
      files,
      base: '/sub/path',
      top,
      shim: 'window.probe=1',
    });
    expect(out).toMatch(
      /^<html><head><meta charSet="utf-8"\/><script data-classroom-shim="" data-root="..\/..\/" data-base="\/sub\/path">window\.probe=1<\/script><style data-classroom-style="">/,
    );
  });

  it('rewriteHtml refuses an unknown inline script that names chunk paths', () => {
    const html = '<html><head></head><script>load("/_next/static/chunks/a.js")</script></html>';
    expect(() =>
      rewriteHtml(html, { fileRel: 'index.html', files, base: '', top, shim: '' }),
    ).toThrow(/inline script the classroom export does not know/);
  });

  it('rewriteCss makes url(…) relative to the stylesheet', () => {
    const css = '@font-face{src:url(/_next/static/media/f.woff2) format("woff2")}a{b:url(data:x)}';
    expect(rewriteCss(css, { fileRel: '_next/static/chunks/s.css', files, base: '' })).toBe(
      '@font-face{src:url(../media/f.woff2) format("woff2")}a{b:url(data:x)}',
    );
  });
});
