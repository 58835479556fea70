/**
 * Post-processing that turns a Next.js static export (out/) into a folder that works anywhere:
 * served at the root, served under any prefix, or opened straight from disk (file://).
 *
 * Every absolute URL that points into the site is rewritten relative to the page (or the CSS
 * file) that holds it (./urls.ts), in HTML attributes and in the pages' flight data
 * (./flight.ts), and each page gets the classroom shim (./shim/) inline, first in <head>.
 * This depends on Turbopack internals (checked in `assertTurbopackRuntime` and by the flight
 * reader): if a Next.js upgrade changes them, the export fails loudly instead of shipping a
 * broken folder.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rewriteFlightData } from './flight';
import { folderOf, relativeUrl, rootPrefix, stripBase } from './urls';

/** Files under `root`, relative to it with forward slashes, recursively. */
export async function listFiles(root: string, dir = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
    else out.push(rel);
  }
  return out;
}

export async function isDirectory(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}

/**
 * What cannot work when the folder is opened from disk, said on the page itself. Pure CSS keyed
 * on the shim's data-classroom attribute, so nothing is added to the DOM React hydrates.
 */
export const NOTICE_CSS =
  'html[data-classroom="file"] .assign-builder::before{content:"Opened from disk: a student link made here points to this computer only. To share an assignment, download the assignment file, or serve the course folder on your network (see FOR-TEACHERS.html).";display:block;margin:0 0 1rem;padding:.6rem .8rem;border:1px solid var(--border,#999);border-radius:8px;background:var(--bg-sunken,#f3f1ec);font-size:.9rem}' +
  '@media print{html[data-classroom] .assign-builder::before{display:none}}';

const ATTRIBUTE = /(\s(?:href|src|action|poster)=)"([^"]*)"/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

export interface PageContext {
  /** The page, relative to the export root (`lessons/momentum/index.html`). */
  readonly fileRel: string;
  /** Every file of the export. */
  readonly files: ReadonlySet<string>;
  /** The base path the site was built with, or ''. */
  readonly base: string;
  /** Top-level names of the export (`_next`, `lessons`, `icon.svg`, …). */
  readonly top: ReadonlySet<string>;
  /** The bundled shim (./shim/bundle.ts). */
  readonly shim: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Rewrites one HTML page: attributes, flight data, and the shim inserted right after
 * `<meta charSet>` (so it runs before every other script).
 */
export function rewriteHtml(html: string, page: PageContext): string {
  const fromDir = folderOf(page.fileRel);
  const rel = (url: string) => {
    const stripped = stripBase(url, page.base);
    return stripped === null ? null : relativeUrl(stripped, fromDir, page.files);
  };
  // Next adds <link rel="preconnect" href="/">: meaningless offline, and a request over file://.
  let out = html.replace(/<link rel="preconnect" href="[^"]*"[^>]*\/?>/g, '');
  out = out.replace(ATTRIBUTE, (whole, attr: string, value: string) => {
    const next = rel(value.replace(/&amp;/g, '&'));
    return next === null ? whole : `${attr}"${next.replace(/&/g, '&amp;')}"`;
  });
  const chunkPrefix = `${page.base}/_next/`;
  // In the flight data: chunk and stylesheet paths anywhere; other site paths only as the value
  // of an href or src prop (a bare "/" can be a text node).
  out = rewriteFlightData(out, (value, key) => {
    if (value.startsWith(chunkPrefix)) return rel(value);
    if (key !== 'href' && key !== 'src') return null;
    const stripped = stripBase(value, page.base);
    if (stripped === null || !stripped.startsWith('/')) return null;
    const first = stripped.slice(1).split(/[/?#]/)[0];
    return first === '' || page.top.has(first) ? rel(value) : null;
  });
  for (const [, body] of out.matchAll(INLINE_SCRIPT)) {
    if (!body.startsWith('self.__next_f.push(') && body.includes(`"${chunkPrefix}`))
      throw new Error(
        `${page.fileRel}: an inline script the classroom export does not know refers to ${chunkPrefix}`,
      );
  }
  const shim =
    `<script data-classroom-shim="" data-root="${escapeAttribute(rootPrefix(page.fileRel))}" data-base="${escapeAttribute(page.base)}">${page.shim}</script>` +
    `<style data-classroom-style="">${NOTICE_CSS}</style>`;
  const charset = /<meta charSet="utf-8"\/>/i;
  if (charset.test(out)) return out.replace(charset, (m) => m + shim);
  return out.replace(/<head>/i, (m) => m + shim);
}

/** `url(/…)` in a CSS file → relative to the CSS file. */
export function rewriteCss(
  css: string,
  { fileRel, files, base }: Pick<PageContext, 'fileRel' | 'files' | 'base'>,
): string {
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, q: string, url: string) => {
    const stripped = stripBase(url, base);
    if (stripped === null) return whole;
    const next = relativeUrl(stripped, folderOf(fileRel), files);
    return next === null ? whole : `url(${q}${next}${q})`;
  });
}

/** Fails when Turbopack's runtime no longer reads TURBOPACK_CHUNK_BASE_PATH (a Next.js upgrade). */
export function assertTurbopackRuntime(source: string, file: string): void {
  if (!/typeof TURBOPACK_CHUNK_BASE_PATH\?TURBOPACK_CHUNK_BASE_PATH:/.test(source)) {
    throw new Error(
      `${file}: Turbopack's runtime no longer reads TURBOPACK_CHUNK_BASE_PATH; the classroom export cannot relocate chunks`,
    );
  }
}

/**
 * Rewrites the export in place (it is already a copy). Returns counts for the summary line.
 * JS chunks are not rewritten: their only absolute path is the runtime's default chunk base,
 * which the shim overrides; RSC payload files (*.txt) are never fetched by the classroom copy.
 */
export async function rewriteExport(
  root: string,
  { base = '', shim }: { base?: string; shim: string },
): Promise<{ html: number; css: number; files: number }> {
  const list = await listFiles(root);
  const files = new Set(list);
  const top = new Set(list.map((f) => f.split('/')[0]));
  let html = 0;
  let css = 0;
  let runtime = 0;
  for (const fileRel of list) {
    const abs = path.join(root, fileRel);
    if (fileRel.endsWith('.html')) {
      const page = { fileRel, files, base, top, shim };
      await writeFile(abs, rewriteHtml(await readFile(abs, 'utf8'), page));
      html++;
    } else if (fileRel.endsWith('.css')) {
      await writeFile(abs, rewriteCss(await readFile(abs, 'utf8'), { fileRel, files, base }));
      css++;
    } else if (/(^|\/)turbopack-[^/]*\.js$/.test(fileRel)) {
      assertTurbopackRuntime(await readFile(abs, 'utf8'), fileRel);
      runtime++;
    }
  }
  if (runtime === 0)
    throw new Error(
      `${root}: no Turbopack runtime chunk (turbopack-*.js) found; was this a Turbopack build?`,
    );
  return { html, css, files: list.length };
}
