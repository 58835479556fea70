import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { raceFigure, trainUntilMomentumReaches90 } from './helpers/network';
import { checkLinks } from '../scripts/classroom/check-links';
import { listFiles } from '../scripts/classroom/rewrite';

/**
 * The classroom kit (`npm run export:classroom`), run by playwright.classroom.config.ts against
 * the exported folder over HTTP at the root, under a prefix it was not built for, straight from
 * disk (file://), and an export made with `--base` served under its prefix (its tests fail,
 * naming the command, when that export is missing).
 * The `guard` fixture fails any test that logs a console error or reaches past this machine.
 */
const DIR = path.resolve(process.env.CLASSROOM_DIR ?? 'classroom/momentum');
const BASE_DIR = path.resolve(process.env.CLASSROOM_BASE_DIR ?? 'classroom/sub/momentum');
const ZIP = path.join(path.dirname(DIR), `${path.basename(DIR)}.zip`);

/**
 * Every test is defined whether or not the exports exist; without them they fail here, saying
 * which command makes them (`npm test` and `npm run test:classroom` make both).
 */
function expectExport(dir: string, command: string): void {
  expect(
    existsSync(path.join(dir, 'index.html')),
    `${path.relative(process.cwd(), dir)}/index.html is missing: run ${command}`,
  ).toBe(true);
}
const MAKE_ROOT = 'npx tsx scripts/export-classroom.ts --no-build (after npm run build)';
const MAKE_BASE =
  'npx tsx scripts/export-classroom.ts --base /sub/path --out classroom/sub --no-zip';

test.beforeEach(async ({}, testInfo) => {
  expectExport(DIR, MAKE_ROOT);
  if (testInfo.project.name === 'classroom-base') expectExport(BASE_DIR, MAKE_BASE);
});

/*
 * Which project runs what is decided by tags (see the projects' grep in
 * playwright.classroom.config.ts), so no test is defined only to be skipped:
 *   @every-copy  every way of opening the folder;   @http-sample  also over HTTP at the root;
 *   @moved-sample  also under a moved prefix or a --base build;   @root-copies  HTTP root + file://;
 *   @not-moved  everything but the moved prefix (a separate origin matters);   @files  checks files once.
 */

function pagesIn(root: string, dir = ''): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory() && entry.name !== '_next') out.push(...pagesIn(root, rel));
    else if (entry.name === 'index.html') out.push(rel);
  }
  return out;
}

// Every page a learner or teacher opens; 404 and the link-only /assignment/ page are left out.
const PAGES = pagesIn(DIR)
  .filter((p) => !/^(404|_not-found|assignment)\//.test(p))
  .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));

/**
 * file:// (the hard case) opens every page; HTTP at the root every page but the repetitive
 * gallery and worksheet pages beyond the first; the moved and --base copies a handful.
 */
function pageTags(rel: string): string[] {
  const tags = ['@every-page'];
  const http =
    /^(index\.html|lessons\/|teachers\/|assign\/|grade\/|gallery\/index\.html|gallery\/contour-trajectories\/|worksheets\/tuning-the-momentum-rate\/)/;
  if (http.test(rel)) tags.push('@http-sample');
  if (/^(index\.html|lessons\/momentum\/|teachers\/)/.test(rel)) tags.push('@moved-sample');
  return tags;
}

function url(testInfo: TestInfo, page: string): string {
  return new URL(page, testInfo.project.use.baseURL).href;
}

/** Waits until the page has hydrated and its lazy chunks (Plotly, the formula engine) settle. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Plotly is a dynamic import, fetched as a figure nears the screen: bring the first one into
  // view and wait for it to draw (from this folder, over file:// or under a base path).
  const plots = page.locator('.plot-host');
  if ((await plots.count()) > 0) {
    await plots.first().scrollIntoViewIfNeeded();
    await expect(page.locator('.js-plotly-plot').first()).toBeVisible({ timeout: 20_000 });
  }
}

async function katexFontsLoaded(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some(
      (f) => f.family.replace(/"/g, '') === 'KaTeX_Main' && f.status === 'loaded',
    );
  });
}

test.describe('every page of the classroom folder', () => {
  test('the folder has the course’s pages', { tag: '@files' }, () => {
    expect(PAGES).toContain('index.html');
    expect(PAGES.filter((p) => p.startsWith('lessons/')).length).toBeGreaterThan(3);
  });

  for (const rel of PAGES) {
    test(
      `${rel} loads offline without errors, with KaTeX fonts and a working widget`,
      { tag: pageTags(rel) },
      async ({ page }, testInfo) => {
        const failed: string[] = [];
        page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
        page.on('response', (r) => {
          if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
        });
        await page.goto(url(testInfo, rel));
        await settle(page);
        await expect(page.locator('h1').first()).toBeVisible();
        if ((await page.locator('.katex').count()) > 0)
          expect(await katexFontsLoaded(page), 'KaTeX_Main loaded').toBe(true);

        // One interaction: the first slider that shares a figure with a live text, else the first slider.
        const figure = page
          .locator('figure, .figure')
          .filter({ has: page.locator('.live-text') })
          .filter({ has: page.getByRole('slider') });
        const scope = (await figure.count()) > 0 ? figure.first() : page.locator('body');
        const slider = scope.getByRole('slider').first();
        if ((await slider.count()) > 0) {
          const live = scope.locator('.live-text');
          const before = await live.allTextContents();
          const value = () =>
            slider.evaluate(
              (el) => el.getAttribute('aria-valuenow') ?? (el as HTMLInputElement).value,
            );
          const valueBefore = await value();
          await slider.scrollIntoViewIfNeeded();
          await slider.focus();
          // A slider already at its maximum (e.g. "show steps up to" the last step) moves left instead.
          const atMax = await slider.evaluate(
            (el) =>
              (el.getAttribute('aria-valuenow') ?? (el as HTMLInputElement).value) ===
              (el.getAttribute('aria-valuemax') ?? (el as HTMLInputElement).max),
          );
          await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
          if (before.length > 0)
            await expect
              .poll(() => live.allTextContents(), { message: 'a live text follows the slider' })
              .not.toEqual(before);
          else await expect.poll(value, { message: 'the slider moves' }).not.toBe(valueBefore);
        }
        // Aborted prefetches are not failures; anything else that did not load is.
        expect(failed.filter((f) => !/ERR_ABORTED/.test(f))).toEqual([]);
      },
    );
  }
});

test.describe('moving around', () => {
  test(
    'home → lesson 1 → next lesson → previous, by plain page loads',
    { tag: '@every-copy' },
    async ({ page }, testInfo) => {
      await page.goto(url(testInfo, 'index.html'));
      await settle(page);
      await page.locator('.lesson-card').first().click();
      await expect(page).toHaveURL(/lessons\/[^/]+\/index\.html$/);
      const first = await page.locator('h1').first().textContent();
      await page.getByRole('link', { name: /Next lesson/ }).click();
      await expect(page).toHaveURL(/lessons\/[^/]+\/index\.html$/);
      await expect(page.locator('h1').first()).not.toHaveText(first ?? '');
      await settle(page);
      await page.getByRole('link', { name: /Previous lesson/ }).click();
      await expect(page.locator('h1').first()).toHaveText(first ?? '');
      // The site header's links and the brand lead back home.
      await page.locator('.site-header .brand').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Momentum' })).toBeVisible();
      await expect(page).toHaveURL(/index\.html$/);
    },
  );

  test(
    "teacher's guide → worksheet → lesson",
    { tag: '@every-copy' },
    async ({ page }, testInfo) => {
      await page.goto(url(testInfo, 'teachers/index.html'));
      await expect(page.getByRole('heading', { level: 1, name: "Teacher's guide" })).toBeVisible();
      await page.getByRole('link', { name: 'print the worksheet' }).first().click();
      await expect(page).toHaveURL(/worksheets\/[^/]+\/index\.html$/);
      await expect(page.locator('.worksheet-item').first()).toBeVisible();
      await page.getByRole('link', { name: 'the lesson' }).click();
      await expect(page).toHaveURL(/lessons\/[^/]+\/index\.html$/);
      await settle(page);
    },
  );

  test(
    'assign → "Preview as a student" opens the assignment page; from disk the page says what cannot work',
    { tag: '@root-copies' },
    async ({ page }, testInfo) => {
      await page.goto(url(testInfo, 'assign/index.html'));
      await settle(page);
      const note = await page
        .locator('.assign-builder')
        .evaluate((el) => getComputedStyle(el, '::before').content);
      if (testInfo.project.name === 'classroom-file') expect(note).toContain('Opened from disk');
      else expect(note).toBe('none');
      await page.getByRole('checkbox').first().check();
      await page.getByRole('link', { name: 'Preview as a student' }).click();
      await expect(page).toHaveURL(/assignment\/index\.html\?a=.*&preview=1$/);
      await expect(page.locator('h1').first()).toBeVisible();
      await expect(page.locator('.exercise').first()).toBeVisible();
    },
  );

  test(
    'progress made on one page is there on another',
    { tag: '@not-moved' },
    async ({ page }, testInfo) => {
      await page.goto(url(testInfo, 'index.html'));
      await page.evaluate(() => localStorage.setItem('classroom-probe', 'kept'));
      await page.goto(url(testInfo, 'grade/index.html'));
      // Chromium keeps one storage for every file:// page; FOR-TEACHERS says so.
      expect(await page.evaluate(() => localStorage.getItem('classroom-probe'))).toBe('kept');
    },
  );
});

test.describe('the folder itself', () => {
  test(
    'every internal link, script, stylesheet and font resolves (root export)',
    { tag: '@files' },
    async () => {
      const { checked, problems } = await checkLinks(DIR, {});
      expect(checked).toBeGreaterThan(500);
      expect(problems).toEqual([]);
    },
  );

  test(
    'every internal link resolves in the export built with --base',
    { tag: '@files' },
    async ({}, testInfo) => {
      expectExport(BASE_DIR, MAKE_BASE);
      const { checked, problems } = await checkLinks(BASE_DIR, {
        base: testInfo.config.metadata.classroomBasePath as string,
      });
      expect(checked).toBeGreaterThan(500);
      expect(problems).toEqual([]);
    },
  );

  test(
    'FOR-TEACHERS is there and opens the course from disk',
    { tag: '@files' },
    async ({ page }) => {
      for (const name of ['FOR-TEACHERS.html', 'FOR-TEACHERS.txt'])
        expect(existsSync(path.join(DIR, name)), name).toBe(true);
      expect(readFileSync(path.join(DIR, 'FOR-TEACHERS.txt'), 'utf8')).toContain(
        'Double-click index.html',
      );
      await page.goto(`file://${DIR}/FOR-TEACHERS.html`);
      await page.getByRole('link', { name: 'Open the course' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Momentum' })).toBeVisible();
    },
  );

  test('the zip unpacks to exactly the folder, byte for byte', { tag: '@files' }, async () => {
    expect(existsSync(ZIP), `${ZIP} is missing: export without --no-zip`).toBe(true);
    expect(statSync(ZIP).size).toBeGreaterThan(100_000);
    const unpacked = unzipSync(readFileSync(ZIP));
    const prefix = `${path.basename(DIR)}/`;
    const files = (await listFiles(DIR)).sort();
    expect(Object.keys(unpacked).sort()).toEqual(files.map((f) => prefix + f));
    for (const file of files) {
      const inZip = Buffer.from(unpacked[prefix + file]);
      expect(inZip.equals(readFileSync(path.join(DIR, file))), file).toBe(true);
    }
  });
});

test.describe('the network lesson', () => {
  test(
    'trains in a worker made from a Blob: momentum reaches 90% test accuracy, also from disk and under a base path',
    { tag: '@not-moved' },
    async ({ page }, testInfo) => {
      test.setTimeout(150_000);
      await page.goto(url(testInfo, 'lessons/momentum-on-a-neural-network/index.html'));
      await settle(page);
      const figure = raceFigure(page);
      await figure.scrollIntoViewIfNeeded();
      await trainUntilMomentumReaches90(page, figure);
      // Chromium refuses new Worker(url) over file://; the Blob-built worker still starts.
      await expect(figure).toHaveAttribute('data-where', 'worker');
    },
  );
});
