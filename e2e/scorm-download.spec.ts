import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FrameLocator, Page, TestInfo } from '@playwright/test';
import { unzipSync } from 'fflate';
import { MANIFEST_FILE } from '../lib/scorm/package-files';
import { manifestProblems } from '../scripts/scorm/check-manifest';
import { LMS_DIR, stagePackage } from '../scripts/scorm/stage-lms';
import { expect, test } from './fixtures';
import { answerNumeric, downloadFrom } from './helpers/journeys';
import { launch, lmsData } from './helpers/scorm-lms';

/**
 * The builder's "Download for your LMS": on the built site (out/, holding the course package
 * `npm run export:scorm` copies into it) a teacher makes an assignment and downloads its SCORM
 * 1.2 package, made in the browser. It must be the CLI's package for that assignment, and in
 * the test LMS (e2e/helpers/scorm-lms.ts) report that assignment's score. Run by the
 * `scorm-lms` project of playwright.classroom.config.ts, whose baseURL is the LMS.
 */

const metadata = (info: TestInfo) => info.config.metadata as Record<string, string>;
const DOWNLOADED_PACKAGE = 5; // the LMS's packages 3 and 4 are the CLI's (stage-lms.ts)

/** The builder at `url`, emptied, with an assignment of two numeric exercises of lesson 1. */
async function buildAssignment(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.assign-builder[data-loaded="true"]')).toBeVisible();
  await page.evaluate(() => localStorage.removeItem('momentum-assign-builder'));
  await page.reload();
  await expect(page.locator('.assign-builder[data-loaded="true"]')).toBeVisible();
  await page.getByLabel('Title').fill('Steps & stability');
  await page.getByRole('checkbox', { name: /^l1-max-step\b/ }).check();
  await page.getByRole('checkbox', { name: /^l1-steep-factor\b/ }).check();
  await expect(page.getByLabel('Link for students')).toHaveValue(
    /\/assignment\/(index\.html)?\?a=.+/,
  );
}

const inCourse = (course: FrameLocator, id: string) => course.locator(`section#exercise-${id}`);
const names = (files: Record<string, Uint8Array>) => Object.keys(files);
const text = (data: Uint8Array | undefined) => new TextDecoder().decode(data);

test("a teacher downloads an assignment for the LMS: it is the CLI's package, and the LMS gets that assignment's score", async ({
  page,
  guard,
}, testInfo) => {
  // A multi-MB zip made in the page, the CLI run for comparison, and an LMS launch.
  test.slow();
  const site = metadata(testInfo).scormSiteUrl;
  expect(
    site,
    'out/scorm/momentum-scorm12.zip is missing: npm run build && npm run export:classroom -- --no-build && npm run export:scorm',
  ).not.toBe('');
  // Every script the page loads, to check the packager waits for the button.
  const scripts: { url: string; body: Promise<string> }[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js'))
      scripts.push({ url: response.url(), body: response.text().catch(() => '') });
  });
  await buildAssignment(page, `${site}assign/`);
  const loadedFirst = scripts.length;
  const firstBodies = await Promise.all(scripts.map((s) => s.body));
  expect(firstBodies.some((b) => b.includes(MANIFEST_FILE))).toBe(false);

  const button = page.getByRole('button', { name: 'Download for your LMS' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^momentum-steps-stability-[a-z0-9]+-scorm12\.zip$/);
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded momentum-/ })).toHaveText(
    /\(\d+ files, [\d.]+ MB\)/,
  );
  await expect(button).toBeEnabled();
  const later = await Promise.all(scripts.slice(loadedFirst).map((s) => s.body));
  expect(
    later.some((b) => b.includes(MANIFEST_FILE)),
    'the packager loads on the press',
  ).toBe(true);
  const zip = await readFile(await download.path());
  const files = unzipSync(zip);
  const xml = text(files[MANIFEST_FILE]);
  expect(manifestProblems(xml, names(files))).toEqual([]);
  expect(xml).toContain('<title>Steps &amp; stability · Momentum</title>');
  expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');

  // The CLI, given the same assignment (the builder's file), makes the same package.
  const { name, text: assignmentJson } = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Download assignment file' }),
  );
  const work = await mkdtemp(path.join(tmpdir(), 'scorm-download-'));
  try {
    await writeFile(path.join(work, name), assignmentJson);
    execFileSync(
      'npx',
      [
        '--no-install',
        'tsx',
        'scripts/export-scorm.ts',
        '--assignment',
        path.join(work, name),
      ].concat(['--out', work, '--no-site']),
      { stdio: 'pipe' },
    );
    const cli = unzipSync(await readFile(path.join(work, download.suggestedFilename())));
    expect(names(files)).toEqual(names(cli));
    expect(xml).toBe(text(cli[MANIFEST_FILE]));
    expect(text(files['index.html'])).toBe(text(cli['index.html']));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  guard.assertClean();

  // Hosted under a deep path in the test LMS, it scores this assignment's two exercises.
  await stagePackage(LMS_DIR, zip, DOWNLOADED_PACKAGE);
  const course = await launch(page, {}, DOWNLOADED_PACKAGE);
  await expect(course.getByRole('heading', { name: /Steps & stability/ })).toBeVisible();
  await answerNumeric(inCourse(course, 'l1-max-step'), '0.5');
  await expect(inCourse(course, 'l1-max-step').getByText('✓ Solved')).toBeVisible();
  await expect.poll(async () => (await lmsData(page)).core.score.raw).toBe('50');
  await answerNumeric(inCourse(course, 'l1-steep-factor'), '-0.8');
  await expect.poll(async () => (await lmsData(page)).core.score.raw).toBe('100');
  const held = await lmsData(page);
  expect(held.core.lesson_status).toBe('passed');
  expect(Object.values(held.interactions).map((i) => i.id)).toEqual([
    'l1-max-step',
    'l1-steep-factor',
  ]);
  guard.assertClean();
});

test('where the course package cannot be had, the button says what to do instead', async ({
  page,
  guard,
}, testInfo) => {
  // The classroom copy served over HTTP ships no course package (it is what the package is made of).
  await buildAssignment(page, `${metadata(testInfo).classroomUrl}assign/`);
  const button = page.getByRole('button', { name: 'Download for your LMS' });
  await button.click();
  await expect(page.getByRole('alert').filter({ hasText: /SCORM/ })).toContainText(
    'This copy of the course has no SCORM course package',
  );
  await expect(button).toBeEnabled();
  // The 404 of the missing package is the one console error, provoked on purpose.
  guard.forgive(/404|Failed to load resource/);
  guard.assertClean();

  // Opened from disk, fetch is refused: the page says so before trying.
  await buildAssignment(page, `file://${metadata(testInfo).classroomDir}/assign/index.html`);
  await button.click();
  await expect(page.getByRole('alert').filter({ hasText: /disk/ })).toContainText(
    'Opened from disk, this page cannot read the course package',
  );
  guard.assertClean();
});
