import { existsSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerNumeric } from './helpers/journeys';
import { launch, lmsCounts, lmsData, type Player } from './helpers/scorm-lms';

/**
 * The SCORM 1.2 package (`npm run export:scorm`) in a real SCORM run-time: the zip unpacked
 * under a deep Moodle-like path (scripts/scorm/stage-lms.ts) and launched by a player page
 * whose window.API is scorm-again's Scorm12API (e2e/scorm-lms/player.html), like an LMS frames
 * a SCO. Run by the `scorm-lms` project of playwright.classroom.config.ts.
 */

const ASSIGNMENT_ZIP = 'classroom/momentum-gradient-descent-basics-scorm12.zip';

const LESSON_1 = 'why-gradient-descent-oscillates';

/** The exercise with this id, in a page or in the package's course frame. */
const exercise = (where: Page | FrameLocator, id: string) =>
  where.locator(`section#exercise-${id}`);

/** Follows the course's own link to lesson 1 inside the package's frame. */
async function openLesson1(course: FrameLocator) {
  await course.locator(`a[href*="${LESSON_1}"]`).first().click();
  await expect(course.locator(`section#exercise-l1-steep-factor`)).toBeVisible();
}

// Without the package the player has nothing to launch: say what makes it.
test.beforeEach(({}, testInfo) => {
  const zip = testInfo.config.metadata.scormZip as string;
  expect(existsSync(zip), `${zip} is missing: run npm run export:scorm`).toBe(true);
});

async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test('a learner answers in the LMS; score, status, interactions and suspend_data reach it, and come back in a fresh browser', async ({
  page,
  browser,
  baseURL,
  guard,
}) => {
  // Three launches of a Plotly-heavy lesson, each in its own browser context.
  test.slow();
  const course = await launch(page);
  // The course pages keep progress in the LMS, not in this browser's storage.
  await openLesson1(course);
  const steep = exercise(course, 'l1-steep-factor');
  await answerNumeric(steep, '0.8');
  await expect(steep.getByText('1 try')).toBeVisible();
  await expect.poll(async () => (await lmsData(page)).interactions['0']?.result).toBe('wrong');
  await answerNumeric(steep, '-0.8');
  await expect(steep.getByText('✓ Solved')).toBeVisible();
  const choice = exercise(course, 'l1-predict-small-step');
  await choice.getByRole('radio', { name: /It stops zig-zagging but crawls/ }).check();
  await choice.getByRole('button', { name: 'Check' }).click();
  await expect(choice.getByText('✓ Solved')).toBeVisible();
  await answerNumeric(exercise(course, 'l1-max-step'), '0.5');
  await expect(exercise(course, 'l1-max-step').getByText('✓ Solved')).toBeVisible();

  await expect.poll(async () => Object.keys((await lmsData(page)).interactions).length).toBe(4);
  const held = await lmsData(page);
  const total = JSON.parse(
    await page.evaluate(async () => {
      const html = await (await fetch((window as unknown as Player).lms.launch)).text();
      return /id="momentum-scorm-config">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null';
    }),
  ).exercises.length as number;
  expect(held.core.score).toEqual({
    raw: String(Math.round((100 * 3) / total)),
    min: '0',
    max: '100',
  });
  expect(held.core.lesson_status).toBe('incomplete');
  expect(held.core.exit).toBe('suspend');
  expect(
    Object.values(held.interactions).map((i) => [i.id, i.type, i.student_response, i.result]),
  ).toEqual([
    ['l1-steep-factor', 'numeric', '0.8', 'wrong'],
    ['l1-steep-factor', 'numeric', '-0.8', 'correct'],
    ['l1-predict-small-step', 'choice', expect.stringMatching(/^[0-9a-z]$/), 'correct'],
    ['l1-max-step', 'numeric', '0.5', 'correct'],
  ]);
  for (const i of Object.values(held.interactions))
    expect(i.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(held.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(Object.keys(JSON.parse(held.suspend_data).x).sort()).toEqual([
    'l1-max-step',
    'l1-predict-small-step',
    'l1-steep-factor',
  ]);
  expect((await lmsCounts(page)).commits).toBeGreaterThanOrEqual(4);
  // Nothing went to this browser's own storage.
  const stored = await page.evaluate(() => localStorage.getItem('momentum.progress'));
  expect(stored).toBeNull();

  // The learner leaves: the LMS removes the SCO's frame; pagehide commits and finishes once.
  await page.evaluate(() => (window as unknown as Player).closeSco());
  await expect.poll(() => lmsCounts(page)).toMatchObject({ finishes: 1 });
  const saved = await lmsData(page);
  expect(saved.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
  guard.assertClean();

  // Relaunch in a fresh browser context: only the LMS's saved data comes back.
  const again = await freshPage(browser, baseURL);
  const course2 = await launch(again, {
    suspend_data: saved.suspend_data,
    core: { lesson_status: saved.core.lesson_status, score: saved.core.score },
  });
  await expect(again.frameLocator('#sco').locator('html')).toHaveAttribute('data-restored', '3');
  await openLesson1(course2);
  const steep2 = exercise(course2, 'l1-steep-factor');
  await expect(steep2.getByText('✓ Solved')).toBeVisible();
  await expect(steep2.getByLabel('Your answer')).toHaveValue('-0.8');
  await expect(exercise(course2, 'l1-max-step').getByLabel('Your answer')).toHaveValue('0.5');
  await expect(
    exercise(course2, 'l1-predict-small-step').getByRole('radio', {
      name: /It stops zig-zagging but crawls/,
    }),
  ).toBeChecked();
  // One more answer counts on top of what was restored.
  await answerNumeric(exercise(course2, 'l1-steep-factor'), '-0.8');
  await expect.poll(async () => (await lmsData(again)).core.score.raw).toBe(held.core.score.raw);
  await again.context().close();

  // A review launch shows the work and changes no score.
  const review = await freshPage(browser, baseURL);
  const course3 = await launch(review, {
    suspend_data: saved.suspend_data,
    core: { lesson_mode: 'review', lesson_status: 'incomplete', score: saved.core.score },
  });
  await expect(review.frameLocator('#sco').locator('html')).toHaveAttribute('data-scorm', 'review');
  await openLesson1(course3);
  const max = exercise(course3, 'l1-max-step');
  await expect(max.getByLabel('Your answer')).toHaveValue('0.5');
  await answerNumeric(exercise(course3, 'l1-steep-factor'), '0.3');
  await expect(exercise(course3, 'l1-steep-factor').getByRole('status')).toBeVisible();
  const reviewed = await lmsData(review);
  expect(reviewed.core.score.raw).toBe(saved.core.score.raw);
  expect(reviewed.interactions).toEqual({});
  expect(reviewed.suspend_data).toBe(saved.suspend_data);
  await review.context().close();
});

test('outside an LMS the package is just the course', async ({ page, guard }) => {
  await page.goto('pluginfile.php/17/mod_scorm/content/3/index.html');
  await expect(page).toHaveURL(/\/content\/3\/course\/index\.html$/);
  await page.locator(`a[href*="${LESSON_1}"]`).first().click();
  await answerNumeric(exercise(page, 'l1-max-step'), '0.5');
  await expect(exercise(page, 'l1-max-step').getByText('✓ Solved')).toBeVisible();
  // Progress is this browser's, as on the plain site.
  expect(await page.evaluate(() => localStorage.getItem('momentum.progress'))).toContain(
    'l1-max-step',
  );
  guard.assertClean();
});

test("an assignment's package scores that assignment's exercises only", async ({ page, guard }) => {
  expect(
    existsSync(ASSIGNMENT_ZIP),
    `${ASSIGNMENT_ZIP} is missing: npm run export:scorm -- --assignment content/assignments/gradient-descent-basics.json`,
  ).toBe(true);
  const course = await launch(page, {}, 4);
  await expect(course.getByRole('heading', { name: /Gradient descent basics/ })).toBeVisible();
  await answerNumeric(exercise(course, 'l1-max-step'), '0.5');
  await expect(exercise(course, 'l1-max-step').getByText('✓ Solved')).toBeVisible();
  // One of the assignment's three exercises: 33, whatever the rest of the course holds.
  await expect.poll(async () => (await lmsData(page)).core.score.raw).toBe('33');
  await answerNumeric(exercise(course, 'l1-steep-factor'), '-0.8');
  await expect.poll(async () => (await lmsData(page)).core.score.raw).toBe('67');
  const held = await lmsData(page);
  expect(held.core.lesson_status).toBe('incomplete');
  expect(Object.values(held.interactions).map((i) => i.id)).toEqual([
    'l1-max-step',
    'l1-steep-factor',
  ]);
  guard.assertClean();
});
