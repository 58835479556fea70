/**
 * The classroom shim's decisions, as pure functions of URLs (unit-tested in Node; the browser
 * side in ./install.ts only wires them to `fetch` and link clicks).
 *
 * A classroom page knows `root`, its relative way back to the export's root (`../../`), and
 * `base`, the prefix the site was built under ('' for none).
 */
export interface ShimConfig {
  /** The page's way back to the export root, ending in '/': `./`, `../`, `../../`, … */
  readonly root: string;
  /** The base path the site was built with (`/courses/momentum`), or ''. */
  readonly base: string;
}

const HAS_EXTENSION = /\.[a-z0-9]+$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Turns an href the client router made (site-absolute, maybe under the base path) into one that
 * works from this page on disk: `/lessons/momentum/#x` → `../../lessons/momentum/index.html#x`.
 * Relative hrefs keep their path; any path naming a folder gets its `index.html`.
 */
export function pageHref(raw: string, config: ShimConfig): string {
  const m = /^([^?#]*)(.*)$/.exec(raw);
  let p = m?.[1] ?? raw;
  const rest = m?.[2] ?? '';
  if (p.startsWith('/') && !p.startsWith('//')) {
    if (config.base && (p === config.base || p.startsWith(`${config.base}/`)))
      p = p.slice(config.base.length) || '/';
    p = config.root + p.slice(1);
  }
  if (p === '' || p.endsWith('/')) p += 'index.html';
  else if (!HAS_EXTENSION.test(p.split('/').pop() ?? '')) p += '/index.html';
  return p + rest;
}

/** Whether a request's headers mark it as the Next router's (an `RSC` header). */
export function hasRscHeader(headers: unknown): boolean {
  if (!headers) return false;
  if (typeof (headers as Headers).get === 'function') return !!(headers as Headers).get('rsc');
  if (Array.isArray(headers)) return headers.some(([name]) => String(name).toLowerCase() === 'rsc');
  const record = headers as Record<string, unknown>;
  return !!(record.RSC || record.rsc);
}

/**
 * Whether a fetch is the client router asking for a page's RSC payload (a prefetch or a
 * navigation): same origin, and an RSC header, an `_rsc` query, or a page-like path. Over
 * file:// such a request can only fail, and the shim already turns navigation into page loads.
 */
export function isRouterFetch(url: URL, here: URL, rscHeader: boolean): boolean {
  if (url.protocol !== here.protocol || url.host !== here.host) return false;
  return rscHeader || /[?&]_rsc=/.test(url.search) || /(\.txt|\.html|\/)$/.test(url.pathname);
}

/**
 * Where a click on a link with this href should go as a plain page load, or null to leave the
 * click alone (another origin, or an in-page anchor).
 */
export function linkTarget(raw: string, here: URL, config: ShimConfig): URL | null {
  if (!raw || raw.startsWith('#')) return null;
  let url: URL;
  if (SCHEME.test(raw)) {
    url = new URL(raw);
    if (url.protocol !== here.protocol || url.host !== here.host) return null;
    if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  } else {
    url = new URL(pageHref(raw, config), here.href);
  }
  return url;
}

/** A same-page link to an anchor: the browser scrolls by itself, no page load needed. */
export function isSamePageAnchor(url: URL, here: URL): boolean {
  return url.pathname === here.pathname && url.search === here.search && url.hash !== '';
}
