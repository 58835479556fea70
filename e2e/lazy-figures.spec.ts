import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Plotly (about 380 KB gzipped) is fetched only for a figure the reader is about to see, so a
// lesson whose figures start below the fold is light until the reader scrolls (issue 17's weight
// budget; `npm run bench:ui -- --weight` prints the kilobytes).

const LESSON_1 = 'lessons/why-gradient-descent-oscillates/';

/** The built site's chunk files that hold Plotly's partial bundle (found by its contents). */
function plotlyChunkNames(): string[] {
  const dir = path.join(process.cwd(), 'out/_next/static/chunks');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => readFileSync(path.join(dir, f), 'utf8').includes('plotlyServerURL'));
}

async function plotlyRequested(page: Page, chunks: string[]): Promise<boolean> {
  return page.evaluate(
    (names) =>
      performance
        .getEntriesByType('resource')
        .some((e) => names.some((name) => new URL(e.name).pathname.endsWith(`/${name}`))),
    chunks,
  );
}

/** Resolves after the browser has rendered twice: IntersectionObserver has reported by then. */
async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

test.describe('figures load Plotly as the reader reaches them', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a lesson whose figures start below the fold fetches Plotly only once the reader scrolls to one', async ({
    page,
  }) => {
    const chunks = plotlyChunkNames();
    expect(chunks.length, 'the Plotly chunk in out/').toBeGreaterThan(0);
    await page.goto(LESSON_1);
    const frame = page.locator('.plot-frame').first();
    // Hydrated: the overlay is drawn without Plotly, and the figure's observer is watching.
    await expect(frame.locator('svg.plot-overlay')).toBeAttached();
    expect((await frame.boundingBox())!.y, 'first figure below the fold').toBeGreaterThan(720);
    await twoFrames(page);
    expect(await plotlyRequested(page, chunks)).toBe(false);
    // The frame already has its final size, so drawing it later moves nothing.
    const before = await frame.boundingBox();
    await expect(frame.locator('.plot-loading')).toHaveText('Drawing the axes…');

    await frame.scrollIntoViewIfNeeded();
    await expect(frame.locator('.js-plotly-plot, .main-svg').first()).toBeAttached();
    await expect(frame.locator('.plot-loading')).toHaveCount(0);
    expect(await plotlyRequested(page, chunks)).toBe(true);
    const after = await frame.boundingBox();
    expect(after!.height).toBeCloseTo(before!.height, 0);
    expect(after!.width).toBeCloseTo(before!.width, 0);
  });

  test('focus entering a figure draws it even when nothing scrolled', async ({ page }) => {
    await page.goto(LESSON_1);
    const figure = page
      .locator('figure')
      .filter({ has: page.locator('.plot-frame') })
      .first();
    await expect(figure.locator('svg.plot-overlay').first()).toBeAttached();
    await twoFrames(page);
    await expect(figure.locator('.plot-loading').first()).toBeAttached();
    // A keyboard user's focus, without the scroll the browser would add: the figure is drawn
    // for the focus alone.
    await figure
      .locator('button, input, [tabindex="0"]')
      .first()
      .evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(figure.locator('.plot-loading')).toHaveCount(0);
    await expect(figure.locator('.main-svg').first()).toBeAttached();
  });
});
