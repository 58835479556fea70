// Post-processing that turns a Next.js static export (out/) into a folder that works anywhere:
// served at the root, served under any prefix, or opened straight from disk (file://).
//
// Every absolute URL that points into the site is rewritten relative to the page (or the CSS
// file) that holds it, links to folders get an explicit `index.html` (a browser opening a folder
// over file:// shows a listing), and each page gets a tiny inline script (SHIM) that
//   - tells Turbopack's runtime where the chunks are (TURBOPACK_CHUNK_BASE_PATH, relative to the
//     page, so it matches the rewritten <script src> attributes string for string);
//   - turns internal link clicks into plain page loads before Next's client router sees them
//     (the router would fetch RSC payloads, which cannot work over file://);
//   - answers the router's RSC fetches (prefetch) with a request that never settles, so nothing
//     is fetched and nothing is logged.
// This depends on Turbopack internals (checked in `assertTurbopackRuntime`): if a Next.js
// upgrade changes them, the export fails loudly instead of shipping a broken folder.
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Files, relative to root with forward slashes, recursively. */
export async function listFiles(root, dir = '') {
  const out = [];
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
    else out.push(rel);
  }
  return out;
}

/** `lessons/momentum/index.html` → `../../`; `index.html` → `./`. */
export function rootPrefix(fileRel) {
  const depth = fileRel.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

function splitUrl(url) {
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url);
  return { pathname: m[1], search: m[2] ?? '', hash: m[3] ?? '' };
}

/**
 * Maps a site-absolute URL (`/lessons/x/?a=1#h`, already without the base path) to a path
 * relative to `fromDir` (the folder of the file holding the URL, relative to the export root).
 * Returns null when the URL does not point into the site.
 */
export function relativeUrl(url, fromDir, files) {
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  const { pathname, search, hash } = splitUrl(url);
  let target = pathname.slice(1);
  let keepSearch = search;
  if (target === '' || target.endsWith('/')) {
    target += 'index.html';
  } else if (files.has(target)) {
    // A static file: the query (e.g. `icon.svg?icon.hash.svg`, a cache buster) means nothing on disk.
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

/** The inline script every page gets; ROOT is the page's way back to the export root. */
export function shimScript({ root, base }) {
  const config = JSON.stringify({ root, base });
  return `(function(){var C=${config};window.__MOMENTUM_CLASSROOM__=C;window.TURBOPACK_CHUNK_BASE_PATH=C.root+"_next/";
var F=location.protocol==="file:";document.documentElement.setAttribute("data-classroom",F?"file":"http");
function fix(raw){var m=/^([^?#]*)(.*)$/.exec(raw),p=m[1],rest=m[2];
if(p.charAt(0)==="/"&&p.charAt(1)!=="/"){if(C.base&&(p===C.base||p.indexOf(C.base+"/")===0))p=p.slice(C.base.length)||"/";p=C.root+p.slice(1);}
if(p===""||/\\/$/.test(p))p+="index.html";else if(!/\\.[a-z0-9]+$/i.test(p.split("/").pop()))p+="/index.html";return p+rest;}
C.fix=fix;
function rsc(h){return !!h&&(typeof h.get==="function"?!!h.get("rsc"):!!(h.RSC||h.rsc));}
var nf=window.fetch;if(nf)window.fetch=function(input,init){try{var u=new URL(typeof input==="string"?input:input&&input.url||String(input),location.href);
if(u.protocol===location.protocol&&u.host===location.host&&(rsc(init&&init.headers)||rsc(input&&input.headers)||/[?&]_rsc=/.test(u.search)||/(\\.txt|\\.html|\\/)$/.test(u.pathname)))return new Promise(function(){});}catch(e){}return nf.apply(this,arguments);};
addEventListener("click",function(e){if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;
var a=e.target&&e.target.closest&&e.target.closest("a[href]");if(!a||a.hasAttribute("download")||(a.target&&a.target!=="_self"))return;
var raw=a.getAttribute("href");if(!raw||raw.charAt(0)==="#")return;var u;
if(/^[a-z][a-z0-9+.-]*:/i.test(raw)){u=new URL(raw);if(u.protocol!==location.protocol||u.host!==location.host)return;if(/\\/$/.test(u.pathname))u.pathname+="index.html";}
else u=new URL(fix(raw),location.href);e.stopPropagation();
if(u.pathname===location.pathname&&u.search===location.search&&u.hash)return;
e.preventDefault();location.assign(u.href);},true);})();`;
}

/**
 * What cannot work when the folder is opened from disk, said on the page itself. Pure CSS keyed
 * on the shim's data-classroom attribute, so nothing is added to the DOM React hydrates.
 */
export const NOTICE_CSS =
  'html[data-classroom="file"] .assign-builder::before{content:"Opened from disk: a student link made here points to this computer only. To share an assignment, download the assignment file, or serve the course folder on your network (see FOR-TEACHERS.html).";display:block;margin:0 0 1rem;padding:.6rem .8rem;border:1px solid var(--border,#999);border-radius:8px;background:var(--bg-sunken,#f3f1ec);font-size:.9rem}' +
  '@media print{html[data-classroom] .assign-builder::before{display:none}}';

const ATTRIBUTE = /(\s(?:href|src|action|poster)=)"([^"]*)"/g;

/**
 * Rewrites one HTML page. `top` is the set of top-level names in the export (`_next`, `lessons`,
 * `icon.svg`, …): only quoted strings in inline scripts that start with one of them are touched,
 * so prose that happens to contain a slash is left alone.
 */
export function rewriteHtml(html, { fileRel, files, base, top }) {
  const fromDir = path.posix.dirname(fileRel) === '.' ? '' : path.posix.dirname(fileRel);
  const stripBase = (url) => {
    if (!base) return url;
    if (url === base) return '/';
    return url.startsWith(`${base}/`) || url.startsWith(`${base}?`) || url.startsWith(`${base}#`) ? url.slice(base.length) : null;
  };
  const rel = (url) => {
    const stripped = stripBase(url);
    return stripped === null ? null : relativeUrl(stripped, fromDir, files);
  };
  // Next adds <link rel="preconnect" href="/">: meaningless offline, and a request over file://.
  let out = html.replace(/<link rel="preconnect" href="[^"]*"[^>]*\/?>/g, '');
  out = out.replace(ATTRIBUTE, (whole, attr, value) => {
    const decoded = value.replace(/&amp;/g, '&');
    const next = rel(decoded);
    return next === null ? whole : `${attr}"${next.replace(/&/g, '&amp;')}"`;
  });
  // Flight data (self.__next_f.push([1,"…"])): chunk and stylesheet paths (\"/_next/…\") anywhere,
  // other site paths only as the value of an href or src prop — a bare "/" can be a text node.
  const names = [...top].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const prefix = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const chunkPath = new RegExp(`(\\\\?")(${prefix}/_next/[^"\\\\]*)(\\\\?")`, 'g');
  const propPath = new RegExp(`(\\\\?"(?:href|src)\\\\?":\\\\?")(${prefix}(?:/(?:${names})(?:[/?#][^"\\\\]*)?|/|[?#][^"\\\\]*))(\\\\?")`, 'g');
  const swap = (m, q1, url, q2) => {
    const next = rel(url);
    return next === null ? m : `${q1}${next}${q2}`;
  };
  out = out.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)/g, (whole, open, body, close) => {
    if (/\ssrc=/.test(open)) return whole;
    return open + body.replace(chunkPath, swap).replace(propPath, swap) + close;
  });
  const shim = `<script data-classroom-shim="">${shimScript({ root: rootPrefix(fileRel), base })}</script><style data-classroom-style="">${NOTICE_CSS}</style>`;
  if (/<meta charSet="utf-8"\/>/i.test(out)) out = out.replace(/<meta charSet="utf-8"\/>/i, (m) => m + shim);
  else out = out.replace(/<head>/i, (m) => m + shim);
  return out;
}

/** url(/…) in a CSS file → relative to the CSS file. */
export function rewriteCss(css, { fileRel, files, base }) {
  const fromDir = path.posix.dirname(fileRel);
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, q, url) => {
    let u = url;
    if (base && u.startsWith(`${base}/`)) u = u.slice(base.length);
    else if (base) return whole;
    const next = relativeUrl(u, fromDir, files);
    return next === null ? whole : `url(${q}${next}${q})`;
  });
}

/** Fails when Turbopack's runtime no longer reads TURBOPACK_CHUNK_BASE_PATH (a Next.js upgrade). */
export function assertTurbopackRuntime(source, file) {
  if (!/typeof TURBOPACK_CHUNK_BASE_PATH\?TURBOPACK_CHUNK_BASE_PATH:/.test(source)) {
    throw new Error(`${file}: Turbopack's runtime no longer reads TURBOPACK_CHUNK_BASE_PATH; the classroom export cannot relocate chunks`);
  }
}

/**
 * Rewrites the export in place (it is already a copy). Returns counts for the summary line.
 * JS chunks are not rewritten: their only absolute path is the runtime's default chunk base,
 * which the shim overrides; RSC payload files (*.txt) are never fetched by the classroom copy.
 */
export async function rewriteExport(root, { base = '' } = {}) {
  const list = await listFiles(root);
  const files = new Set(list);
  const top = new Set(list.map((f) => f.split('/')[0]));
  let html = 0;
  let css = 0;
  let runtime = 0;
  for (const fileRel of list) {
    const abs = path.join(root, fileRel);
    if (fileRel.endsWith('.html')) {
      await writeFile(abs, rewriteHtml(await readFile(abs, 'utf8'), { fileRel, files, base, top }));
      html++;
    } else if (fileRel.endsWith('.css')) {
      await writeFile(abs, rewriteCss(await readFile(abs, 'utf8'), { fileRel, files, base }));
      css++;
    } else if (/(^|\/)turbopack-[^/]*\.js$/.test(fileRel)) {
      assertTurbopackRuntime(await readFile(abs, 'utf8'), fileRel);
      runtime++;
    }
  }
  if (runtime === 0) throw new Error(`${root}: no Turbopack runtime chunk (turbopack-*.js) found; was this a Turbopack build?`);
  return { html, css, files: list.length };
}

export async function isDirectory(p) {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}
