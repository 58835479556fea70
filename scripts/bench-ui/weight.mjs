// The "weight" section of `npm run bench:ui`: how much JavaScript each page of the built site
// makes the browser fetch before it is idle, gzip-compressed, against issue 17's budgets.
//
// A page is opened without scrolling and watched until it is idle: no request in flight for
// NETWORK_QUIET_MS and no long task (≥ 50 ms, Long Tasks API) for CPU_QUIET_MS. Every script
// response up to then is counted. scripts/serve.mjs sends files uncompressed (a classroom
// folder is served or opened as it is), so each script body is gzipped here at level 6, the
// default of gzip, nginx and most CDNs: the figure is what a gzip-serving host would transfer.
import { gzipSync } from 'node:zlib';

const NETWORK_QUIET_MS = 500;
const CPU_QUIET_MS = 1000;
const IDLE_TIMEOUT_MS = 30_000;

/** Pages weighed, with their budgets in KB of gzipped JavaScript (null: reported, no budget). */
export function weightPages(lessonSlugs) {
  return [
    // Next's runtime and React alone: what every page pays before it does anything of its own.
    { label: 'floor: 404 page', path: '/404.html', budgetKb: null },
    { label: 'home', path: '/', budgetKb: 200 },
    ...lessonSlugs.map((slug) => ({ label: slug, path: `/lessons/${slug}/`, budgetKb: 550 })),
    { label: 'assign', path: '/assign/', budgetKb: null },
    { label: 'teachers', path: '/teachers/', budgetKb: null },
    { label: 'gallery', path: '/gallery/', budgetKb: null },
  ];
}

/** Observes long tasks from the first moment the page exists, so none is missed. */
const LONG_TASK_PROBE = `
  window.__weightLongTaskEnd = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__weightLongTaskEnd = Math.max(window.__weightLongTaskEnd, e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `url` in a fresh context and resolves once the page is idle: the scripts fetched until
 * then, each with its raw and gzipped size, and how long the page took to become idle.
 */
export async function weighPage(browser, contextOptions, url) {
  const context = await browser.newContext(contextOptions);
  await context.addInitScript({ content: LONG_TASK_PROBE });
  const page = await context.newPage();
  const inFlight = new Set();
  let lastNetwork = Date.now();
  const bodies = [];
  const errors = [];
  let idle = false;
  page.on('request', (r) => {
    inFlight.add(r);
    lastNetwork = Date.now();
  });
  const settle = (r) => {
    inFlight.delete(r);
    lastNetwork = Date.now();
  };
  page.on('requestfailed', settle);
  page.on('requestfinished', async (r) => {
    settle(r);
    if (idle || r.resourceType() !== 'script') return;
    const body = await (await r.response())?.body().catch(() => null);
    if (body) bodies.push({ url: r.url(), raw: body.length, gzip: gzipSync(body).length });
  });
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    for (;;) {
      await sleep(100);
      const now = Date.now();
      const cpuQuiet = await page.evaluate(
        (ms) => performance.now() - window.__weightLongTaskEnd >= ms,
        CPU_QUIET_MS,
      );
      if (inFlight.size === 0 && now - lastNetwork >= NETWORK_QUIET_MS && cpuQuiet) break;
      if (now - started > IDLE_TIMEOUT_MS) {
        errors.push(`not idle after ${IDLE_TIMEOUT_MS / 1000} s; counted what had loaded`);
        break;
      }
    }
    idle = true;
    const idleMs = Date.now() - started;
    // A body still being read when the page went idle belongs to a script fetched before it.
    await sleep(50);
    return { scripts: bodies, idleMs, errors };
  } finally {
    await context.close();
  }
}

const kb = (bytes) => bytes / 1024;

/** Sums one page's scripts: total gzipped KB and the heaviest chunks, named by file. */
export function summarise(scripts) {
  const gzip = scripts.reduce((s, x) => s + x.gzip, 0);
  const raw = scripts.reduce((s, x) => s + x.raw, 0);
  const top = [...scripts].sort((a, b) => b.gzip - a.gzip).slice(0, 4);
  return { gzipKb: kb(gzip), rawKb: kb(raw), count: scripts.length, top };
}

/** Weighs every page and prints a line per page: KB, budget, PASS/MISS, the heaviest chunks. */
export async function weightSection(browser, contextOptions, base, pages, log = console.log) {
  log('Weight: JavaScript fetched before the page is idle, without scrolling');
  log(
    `  idle = no request for ${NETWORK_QUIET_MS} ms and no long task for ${CPU_QUIET_MS} ms; ` +
      'each script body gzipped here (level 6): scripts/serve.mjs does not compress',
  );
  const rows = [];
  for (const p of pages) {
    try {
      const { scripts, idleMs, errors } = await weighPage(
        browser,
        contextOptions,
        `${base}${p.path}`,
      );
      const s = summarise(scripts);
      const ok = p.budgetKb === null ? null : s.gzipKb <= p.budgetKb;
      rows.push({ ...p, ...s, ok });
      const verdict =
        ok === null ? '(no budget)' : `[target ≤ ${p.budgetKb} KB] ${ok ? 'PASS' : 'MISS'}`;
      log(
        `  ${p.label.padEnd(32)} ${s.gzipKb.toFixed(0).padStart(4)} KB gzip (${s.rawKb.toFixed(0)} KB raw, ` +
          `${s.count} scripts, idle at ${(idleMs / 1000).toFixed(1)} s) ${verdict}`,
      );
      const heaviest = s.top
        .map((x) => `${new URL(x.url).pathname.split('/').pop()} ${kb(x.gzip).toFixed(0)}`)
        .join(', ');
      log(`      heaviest (KB gzip): ${heaviest}`);
      for (const e of errors) log(`      ${e}`);
    } catch (error) {
      log(`  ${p.label}: could not be weighed: ${error.message.split('\n')[0]}`);
    }
  }
  return rows;
}
