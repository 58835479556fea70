import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { answerNumeric, downloadFrom, exercise, feedback, progressBar } from './helpers/journeys';

const settingsOf = (page: Page, id: string) =>
  page.getByRole('group', { name: `Settings for ${id}` });
const linkInput = (page: Page) => page.getByLabel('Link for students');

/** Opens the builder with nothing stored, and waits until it has read its storage. */
async function freshBuilder(page: Page) {
  await page.goto('assign/');
  // Once loaded the builder writes only on a change, so nothing overwrites what is set next.
  await expect(page.locator('.assign-builder[data-loaded="true"]')).toBeVisible();
  await page.evaluate(() => localStorage.removeItem('momentum-assign-builder'));
  await page.reload();
  await expect(page.locator('.assign-builder[data-loaded="true"]')).toBeVisible();
}

test.describe('the assignment builder checks what it is given', () => {
  test.describe.configure({ timeout: 120_000 });

  test('refuses an unparsable surface and an unreachable budget in plain words, and survives a reload', async ({
    page,
  }) => {
    await freshBuilder(page);
    await page.getByLabel('Title').fill('第三周');
    await page.getByRole('checkbox', { name: /^l1-tune-gd\b/ }).check();
    const settings = settingsOf(page, 'l1-tune-gd');
    // A noise-free bowl: a seed would change nothing, so there is no seed to set.
    await expect(settings.getByLabel(/seed/i)).toHaveCount(0);
    // The lesson's own settings are reachable: the count comes from the challenge's own check.
    await expect(page.getByText(/^\d+ of \d+ settings pass\./)).toBeVisible();
    await expect(linkInput(page)).toHaveValue(/\/assignment\/\?a=.+/);

    const surface = settings.getByLabel('Surface f(x, y)');
    await surface.fill('x^2 +');
    await expect(settings.getByRole('alert')).toHaveText(
      "The surface does not read as a formula: Something is missing after '+' at position 5.",
    );
    await expect(surface).toHaveAttribute('aria-invalid', 'true');
    await expect(linkInput(page)).toHaveCount(0);
    await expect(
      page.getByText('l1-tune-gd: fix its settings (see the message under them).'),
    ).toBeVisible();

    await surface.fill('sqrt(x) + y^2');
    await expect(settings.getByRole('alert')).toHaveText(
      /^The surface is not defined at the start point \(−3\.5, 1\.5\)/,
    );
    await expect(linkInput(page)).toHaveCount(0);

    await surface.fill('');
    const budget = settings.getByLabel('Step budget');
    await budget.fill('abc');
    await expect(settings.getByRole('alert')).toHaveText(
      'The step budget “abc” is not a whole number of steps: write it like 60.',
    );
    await expect(page.getByText(/NaN|expected number/)).toHaveCount(0);

    await budget.fill('1');
    const refusal = page.getByText(/^Students could not reach this goal:/);
    await expect(refusal).toBeVisible();
    await expect(refusal).toHaveText(/none of the \d+ settings tried .* within 1 step\./);
    await expect(linkInput(page)).toHaveCount(0);
    await expect(page.getByText('l1-tune-gd: students could not reach its goal.')).toBeVisible();

    await budget.fill('30');
    await expect(page.getByText(/^\d+ of \d+ settings pass\./)).toBeVisible();
    await expect(linkInput(page)).toHaveValue(/\/assignment\/\?a=.+/);
    const link = await linkInput(page).inputValue();
    await expectAccessible(page, 'assignment builder with a checked challenge');

    // A reload keeps the title, the pick, the typed budget and the id (the link is the same).
    await page.reload();
    await expect(page.getByLabel('Title')).toHaveValue('第三周');
    await expect(page.getByRole('checkbox', { name: /^l1-tune-gd\b/ })).toBeChecked();
    await expect(settingsOf(page, 'l1-tune-gd').getByLabel('Step budget')).toHaveValue('30');
    await expect(linkInput(page)).toHaveValue(link);
    const file = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Download assignment file' }),
    );
    expect(file.name).toMatch(/^di-san-zhou-[a-z0-9]{5}\.json$/);
  });

  test('shows every prompt whole with its math typeset', async ({ page }) => {
    await freshBuilder(page);
    const label = page
      .locator('label')
      .filter({ has: page.getByRole('checkbox', { name: /^l1-tune-gd\b/ }) });
    // The end of a prompt longer than the old 110-character cut, and KaTeX instead of "$\alpha".
    await expect(label).toContainText('which way should');
    await expect(label.locator('.katex').first()).toBeVisible();
    await expect(label).not.toContainText('$');
  });

  test('damaged saved state is a notice, and the builder still works', async ({ page }) => {
    await page.goto('assign/');
    await expect(page.locator('.assign-builder[data-loaded="true"]')).toBeVisible();
    await page.evaluate(() =>
      localStorage.setItem('momentum-assign-builder', '{"version":1,"title":'),
    );
    await page.reload();
    await expect(
      page.getByRole('alert').filter({ hasText: 'could not be read back' }),
    ).toBeVisible();
    await page.getByLabel('Title').fill('Ελληνικά');
    await page.getByRole('checkbox', { name: /^l1-steep-factor\b/ }).check();
    await expect(linkInput(page)).toHaveValue(/\/assignment\/\?a=.+/);
  });

  test('the preview shows the assignment as a new student sees it, not with the instructor’s answers, and asks from its own settings', async ({
    page,
  }) => {
    // The instructor solved the exercise in the lesson, in this browser.
    await page.goto('lessons/why-gradient-descent-oscillates/');
    await answerNumeric(exercise(page, 'l1-steep-factor'), '-0.8');
    await expect(feedback(exercise(page, 'l1-steep-factor'))).toHaveText('Correct.');

    await freshBuilder(page);
    await page.getByLabel('Title').fill('Неделя 3');
    await page.getByRole('checkbox', { name: /^l1-steep-factor\b/ }).check();
    await page.getByRole('checkbox', { name: /^l1-tune-gd\b/ }).check();
    await settingsOf(page, 'l1-tune-gd').getByLabel('Step budget').fill('30');
    await expect(linkInput(page)).toHaveValue(/\/assignment\/\?a=.+/);
    const link = await linkInput(page).inputValue();

    await page.getByRole('link', { name: 'Preview as a student' }).click();
    await expect(page.getByRole('note')).toContainText('Preview');
    await expect(progressBar(page, 'Progress in this assignment')).toHaveAttribute(
      'aria-valuetext',
      '0 of 2 exercises solved',
    );
    // The changed budget is in the question and the goal line; the lesson's 40 steps are not.
    const tune = exercise(page, 'l1-tune-gd');
    await expect(tune).toContainText('within 30 steps');
    await expect(tune.getByText('Goal: loss below 1e-5 within 30 steps.')).toBeVisible();
    await expect(tune).not.toContainText('40 steps');
    // "On the bowl above": the question brings its bowl, with the α = 1.8 it names.
    const steep = exercise(page, 'l1-steep-factor');
    await expect(steep.getByRole('figure')).toHaveCount(1);
    await expect(steep.getByText('The bowl this question refers to:')).toContainText(
      'gradient descent with α = 1.8 from (−3.5, 1.5), 30 steps',
    );
    // Hints are hidden in assignments, so feedback does not offer one.
    await answerNumeric(steep, '-0.5');
    await expect(feedback(steep)).toHaveText('Not yet — try again.');

    // The same link outside the preview is the instructor's own browser: their answer shows.
    await page.goto(link);
    await expect(progressBar(page, 'Progress in this assignment')).toHaveAttribute(
      'aria-valuetext',
      '1 of 2 exercises solved',
    );
  });

  test('a worksheet draws the bowl a question refers to', async ({ page }) => {
    await page.goto('worksheets/why-gradient-descent-oscillates/');
    const item = page.locator('.worksheet-item').filter({ hasText: 'On the bowl above' });
    await expect(
      item.getByRole('img', { name: /^The figure this question refers to/ }),
    ).toBeVisible();
  });
});
