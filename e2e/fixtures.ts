import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Hosts a classroom copy may talk to: this machine only. */
export function isLocalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (['file:', 'data:', 'blob:', 'about:'].includes(url.protocol)) return true;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Watches one page for the two things no lesson may do: reach a host other than this machine,
 * and log a console error (or throw). Outside requests are aborted, never sent.
 */
export class PageGuard {
  readonly outsideRequests: string[] = [];
  readonly consoleErrors: string[] = [];

  async attach(page: Page): Promise<void> {
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (isLocalUrl(url)) return route.continue();
      this.outsideRequests.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // The aborted outside request itself shows up as a console error: already reported.
      if (/net::ERR_BLOCKED_BY_CLIENT/.test(message.text())) return;
      this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`Uncaught: ${error.message}`));
  }

  /** Drops console errors a test provoked on purpose (e.g. visiting a missing page). */
  forgive(pattern: RegExp): void {
    const kept = this.consoleErrors.filter((text) => !pattern.test(text));
    this.consoleErrors.splice(0, this.consoleErrors.length, ...kept);
  }

  clear(): void {
    this.outsideRequests.length = 0;
    this.consoleErrors.length = 0;
  }

  assertClean(): void {
    expect(this.outsideRequests, 'requests to hosts outside this machine').toEqual([]);
    expect(this.consoleErrors, 'console errors').toEqual([]);
  }
}

export const test = base.extend<{ guard: PageGuard }>({
  guard: [
    async ({ page }, use) => {
      const guard = new PageGuard();
      await guard.attach(page);
      await use(guard);
      guard.assertClean();
    },
    { auto: true },
  ],
});

/**
 * Brings every figure still loading onto the screen in turn, as a reader scrolling through
 * would, so each one fetches Plotly and draws (Plot.tsx draws a figure only as it nears the
 * viewport), until none is loading; then puts the scroll position back. Retried as a whole,
 * because some figures mount only after the page has hydrated or computed their data.
 */
export async function drawEveryFigure(page: Page): Promise<void> {
  const at = await page.evaluate(() => window.scrollY);
  await expect(async () => {
    for (const frame of await page.locator('.plot-frame').all()) {
      if ((await frame.locator('.plot-loading').count()) === 0) continue;
      await frame.scrollIntoViewIfNeeded();
      // Two animation frames: the browser has rendered once with this figure on screen, so its
      // IntersectionObserver has seen it (a figure scrolled past between renders never would).
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    }
    await expect(page.locator('.plot-loading')).toHaveCount(0, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await page.evaluate((y) => window.scrollTo(0, y), at);
}

/** Runs axe on the page as it is now; serious or critical violations fail the test. */
export async function expectAccessible(page: Page, what = 'page'): Promise<void> {
  // Check figures as they finally are: once Plotly has drawn (its mode bar included).
  await drawEveryFigure(page);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(bad, `accessibility violations on ${what}`).toEqual([]);
}

export { expect };
