/**
 * Build-time path arithmetic of the classroom export: every site-absolute URL in a page becomes
 * a path relative to the file that holds it, so the folder works at any prefix and from disk.
 * Pure functions over strings and a set of the export's files (relative, forward slashes).
 */
import path from 'node:path';

/** `lessons/momentum/index.html` → `../../`; `index.html` → `./`: a file's way back to the root. */
export function rootPrefix(fileRel: string): string {
  const depth = fileRel.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** The folder of an export-relative file, '' for the root. */
export function folderOf(fileRel: string): string {
  const dir = path.posix.dirname(fileRel);
  return dir === '.' ? '' : dir;
}

/** Splits `/a/b?x=1#h` into its path, query (with `?`) and fragment (with `#`). */
export function splitUrl(url: string): { pathname: string; search: string; hash: string } {
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url);
  return { pathname: m?.[1] ?? url, search: m?.[2] ?? '', hash: m?.[3] ?? '' };
}

/**
 * Removes the base path a site was built under (`/courses/x/lessons/` → `/lessons/`). Returns
 * null for a URL outside the base, and the URL itself when there is no base.
 */
export function stripBase(url: string, base: string): string | null {
  if (!base) return url;
  if (url === base) return '/';
  const inside = url.startsWith(`${base}/`) || url.startsWith(`${base}?`) || url.startsWith(`${base}#`);
  return inside ? url.slice(base.length) : null;
}

/**
 * Maps a site-absolute URL (`/lessons/x/?a=1#h`, already without the base path) to a path
 * relative to `fromDir` (the folder of the file holding the URL, relative to the export root):
 * folders get an explicit `index.html` (over file:// a folder opens as a listing), and a static
 * file's query (a cache buster such as `icon.svg?icon.hash.svg`) is dropped, since it means
 * nothing on disk. Returns null when the URL does not point into the site.
 */
export function relativeUrl(url: string, fromDir: string, files: ReadonlySet<string>): string | null {
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  const { pathname, search, hash } = splitUrl(url);
  let target = pathname.slice(1);
  let keepSearch = search;
  if (target === '' || target.endsWith('/')) {
    target += 'index.html';
  } else if (files.has(target)) {
    if (!/\.html$/.test(target)) keepSearch = '';
  } else if (files.has(`${target}/index.html`)) {
    target += '/index.html';
  } else if (files.has(`${target}.html`)) {
    target += '.html';
  }
  let rel = path.posix.relative(fromDir || '.', target);
  if (rel === '') rel = path.posix.basename(target);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel + keepSearch + hash;
}
