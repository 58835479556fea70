/**
 * The classroom shim's browser side: runs first in every page of the classroom folder (inlined
 * into <head> by the export, before any Next.js script) and
 *   - tells Turbopack's runtime where the chunks are (TURBOPACK_CHUNK_BASE_PATH, relative to the
 *     page, so it matches the rewritten <script src> attributes string for string);
 *   - marks <html data-classroom="file|http"> for the notices keyed on it in CSS;
 *   - turns internal link clicks into plain page loads before Next's client router sees them
 *     (the router would fetch RSC payloads, which cannot work over file://);
 *   - answers the router's RSC fetches (prefetches) with a promise that never settles, so
 *     nothing is fetched and nothing is logged.
 */
import { hasRscHeader, isRouterFetch, isSamePageAnchor, linkTarget, type ShimConfig } from './paths';

declare global {
  interface Window {
    TURBOPACK_CHUNK_BASE_PATH?: string;
  }
}

/** Reads `data-root` and `data-base` from the shim's own <script> tag. */
export function configFrom(script: HTMLOrSVGScriptElement | null): ShimConfig {
  const data = script instanceof HTMLScriptElement ? script.dataset : {};
  return { root: data.root ?? './', base: data.base ?? '' };
}

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

/** Installs the shim in `win` (the page's window). */
export function installClassroomShim(config: ShimConfig, win: Window = window): void {
  win.TURBOPACK_CHUNK_BASE_PATH = `${config.root}_next/`;
  const here = () => new URL(win.location.href);
  win.document.documentElement.setAttribute(
    'data-classroom',
    win.location.protocol === 'file:' ? 'file' : 'http',
  );

  const nativeFetch = win.fetch;
  if (nativeFetch) {
    win.fetch = function classroomFetch(input: RequestInfo | URL, init?: RequestInit) {
      try {
        const url = new URL(urlOf(input), win.location.href);
        const rsc =
          hasRscHeader(init?.headers) || (input instanceof Request && hasRscHeader(input.headers));
        if (isRouterFetch(url, here(), rsc)) return new Promise<Response>(() => {});
      } catch {
        // Not a URL this page can read: let the browser's fetch report it.
      }
      return nativeFetch.call(win, input, init);
    };
  }

  win.addEventListener(
    'click',
    (event) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const link = target?.closest('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
      if (link.target && link.target !== '_self') return;
      let url: URL | null;
      try {
        url = linkTarget(link.getAttribute('href') ?? '', here(), config);
      } catch {
        return;
      }
      if (!url) return;
      // Capture phase: Next's router never sees the click.
      event.stopPropagation();
      if (isSamePageAnchor(url, here())) return;
      event.preventDefault();
      win.location.assign(url.href);
    },
    true,
  );
}
