import { describe, expect, it } from 'vitest';
import { hasRscHeader, isRouterFetch, isSamePageAnchor, linkTarget, pageHref } from './paths';

const deep = { root: '../../', base: '' };
const based = { root: '../../', base: '/sub/path' };
const page = new URL('file:///home/t/momentum/lessons/momentum/index.html');

describe('classroom shim paths', () => {
  it('pageHref(site path) climbs to the root and names the index.html of a folder', () => {
    expect(pageHref('/lessons/tuning/', deep)).toBe('../../lessons/tuning/index.html');
    expect(pageHref('/', deep)).toBe('../../index.html');
    expect(pageHref('/lessons/tuning', deep)).toBe('../../lessons/tuning/index.html');
    expect(pageHref('/lessons/tuning/?alpha=1#fig', deep)).toBe(
      '../../lessons/tuning/index.html?alpha=1#fig',
    );
  });

  it('pageHref strips the base path the site was built with', () => {
    expect(pageHref('/sub/path/teachers/', based)).toBe('../../teachers/index.html');
    expect(pageHref('/sub/path', based)).toBe('../../index.html');
  });

  it('pageHref keeps files and relative links, adding index.html only to folders', () => {
    expect(pageHref('/icon.svg', deep)).toBe('../../icon.svg');
    expect(pageHref('../gallery/', deep)).toBe('../gallery/index.html');
    expect(pageHref('./index.html#x', deep)).toBe('./index.html#x');
    expect(pageHref('', deep)).toBe('index.html');
  });

  it('hasRscHeader reads Headers, header records and header lists', () => {
    expect(hasRscHeader(new Headers({ RSC: '1' }))).toBe(true);
    expect(hasRscHeader({ RSC: '1' })).toBe(true);
    expect(hasRscHeader({ rsc: '1' })).toBe(true);
    expect(hasRscHeader([['Rsc', '1']])).toBe(true);
    expect(hasRscHeader({ accept: 'text/html' })).toBe(false);
    expect(hasRscHeader(undefined)).toBe(false);
  });

  it('isRouterFetch catches the router’s same-origin payload requests only', () => {
    const at = (href: string) => new URL(href, page);
    expect(isRouterFetch(at('../tuning/index.txt'), page, false)).toBe(true);
    expect(isRouterFetch(at('../tuning/?_rsc=abc'), page, false)).toBe(true);
    expect(isRouterFetch(at('../tuning/'), page, false)).toBe(true);
    expect(isRouterFetch(at('../../_next/static/chunks/a.js'), page, true)).toBe(true);
    expect(isRouterFetch(at('../../_next/static/chunks/a.js'), page, false)).toBe(false);
    expect(isRouterFetch(new URL('https://example.org/index.html'), page, true)).toBe(false);
  });

  it('linkTarget turns a site link into the page file to load', () => {
    expect(linkTarget('/lessons/tuning/', page, deep)?.href).toBe(
      'file:///home/t/momentum/lessons/tuning/index.html',
    );
    expect(linkTarget('file:///home/t/momentum/teachers/', page, deep)?.href).toBe(
      'file:///home/t/momentum/teachers/index.html',
    );
  });

  it('linkTarget leaves anchors and other origins to the browser', () => {
    expect(linkTarget('#top', page, deep)).toBeNull();
    expect(linkTarget('', page, deep)).toBeNull();
    expect(linkTarget('https://example.org/', page, deep)).toBeNull();
    expect(linkTarget('mailto:a@example.org', page, deep)).toBeNull();
  });

  it('isSamePageAnchor is true only for a fragment on the page itself', () => {
    expect(isSamePageAnchor(new URL('#fig', page), page)).toBe(true);
    expect(isSamePageAnchor(new URL(page.href), page)).toBe(false);
    expect(isSamePageAnchor(new URL('../tuning/index.html#fig', page), page)).toBe(false);
  });
});
