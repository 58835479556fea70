import { describe, expect, it } from 'vitest';
import { folderOf, relativeUrl, rootPrefix, splitUrl, stripBase } from './urls';

const files = new Set([
  'index.html',
  'icon.svg',
  'lessons/momentum/index.html',
  'gallery/index.html',
  '404.html',
  '_next/static/chunks/a.js',
]);

describe('classroom paths', () => {
  it('rootPrefix(file) climbs one ../ per folder the file is in', () => {
    expect(rootPrefix('index.html')).toBe('./');
    expect(rootPrefix('lessons/momentum/index.html')).toBe('../../');
    expect(folderOf('index.html')).toBe('');
    expect(folderOf('lessons/momentum/index.html')).toBe('lessons/momentum');
  });

  it('splitUrl(url) separates the path, the query and the fragment', () => {
    expect(splitUrl('/a/b?x=1#h')).toEqual({ pathname: '/a/b', search: '?x=1', hash: '#h' });
    expect(splitUrl('/a#h?x')).toEqual({ pathname: '/a', search: '', hash: '#h?x' });
  });

  it('stripBase(url, base) removes the prefix and refuses URLs outside it', () => {
    expect(stripBase('/lessons/', '')).toBe('/lessons/');
    expect(stripBase('/sub/path', '/sub/path')).toBe('/');
    expect(stripBase('/sub/path/lessons/?a#b', '/sub/path')).toBe('/lessons/?a#b');
    expect(stripBase('/sub/pathology/', '/sub/path')).toBeNull();
    expect(stripBase('/elsewhere/', '/sub/path')).toBeNull();
  });

  it('relativeUrl makes folder links explicit index.html files relative to the page', () => {
    expect(relativeUrl('/', '', files)).toBe('./index.html');
    expect(relativeUrl('/lessons/momentum/', '', files)).toBe('./lessons/momentum/index.html');
    expect(relativeUrl('/', 'lessons/momentum', files)).toBe('../../index.html');
    expect(relativeUrl('/gallery/', 'lessons/momentum', files)).toBe('../../gallery/index.html');
    expect(relativeUrl('/lessons/momentum/', 'lessons/momentum', files)).toBe('./index.html');
  });

  it('relativeUrl keeps a page link’s query and fragment', () => {
    expect(relativeUrl('/lessons/momentum/?alpha=1#fig', 'gallery', files)).toBe(
      '../lessons/momentum/index.html?alpha=1#fig',
    );
  });

  it('relativeUrl finds a folder or an .html file for a path written without either', () => {
    expect(relativeUrl('/gallery', '', files)).toBe('./gallery/index.html');
    expect(relativeUrl('/404', '', files)).toBe('./404.html');
  });

  it('relativeUrl drops a static file’s cache-busting query, meaningless on disk', () => {
    expect(relativeUrl('/icon.svg?icon.0a1b.svg', 'lessons/momentum', files)).toBe(
      '../../icon.svg',
    );
    expect(relativeUrl('/_next/static/chunks/a.js', 'lessons/momentum', files)).toBe(
      '../../_next/static/chunks/a.js',
    );
  });

  it('relativeUrl leaves other sites, protocol-relative and relative URLs alone', () => {
    expect(relativeUrl('https://example.org/', '', files)).toBeNull();
    expect(relativeUrl('//cdn.example.org/x.js', '', files)).toBeNull();
    expect(relativeUrl('./index.html', '', files)).toBeNull();
    expect(relativeUrl('#top', '', files)).toBeNull();
  });
});
