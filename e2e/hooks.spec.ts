import { expect, test } from './fixtures';
import { LESSON_1 } from './helpers/journeys';

/** The start point's x as its keyboard button prints it: "Start (-3.50, 1.50)". */
const startX = async (text: Promise<string | null>) =>
  Number(((await text) ?? '').match(/-?\d+\.\d+/)?.[0]);

test.describe('the figures’ hooks keep up with the learner', () => {
  test('every id on the momentum lesson is used once (two figures each have start-point help)', async ({
    page,
  }) => {
    await page.goto('lessons/momentum/');
    await expect(page.getByRole('button', { name: /^Start \(/ }).first()).toBeVisible();
    const repeated = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll('[id]'))
        seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(repeated).toEqual([]);
  });

  test('a fast run of arrow presses on the start button moves the start once per press', async ({
    page,
  }) => {
    await page.goto(LESSON_1);
    const figure = page.getByRole('figure', { name: /Gradient descent on the bowl/ });
    const button = figure.getByRole('button', { name: /^Start \(/ });
    await expect(button).toContainText('Start (-3.50, 1.50)');
    await button.focus();
    await page.keyboard.press('ArrowRight');
    await expect(button).not.toContainText('Start (-3.50, 1.50)');
    const step = (await startX(button.textContent())) + 3.5;
    expect(step).toBeGreaterThan(0);
    // Nine more, as fast as the keyboard sends them: none may be lost to a stale start.
    for (let k = 0; k < 9; k++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => startX(button.textContent())).toBeCloseTo(-3.5 + 10 * step, 1);
  });

  test('Play runs the trajectory to its last epoch and stops there', async ({ page }) => {
    await page.goto(LESSON_1);
    const figure = page.getByRole('figure', { name: /Gradient descent on the bowl/ });
    const epoch = figure.getByRole('slider', { name: 'Epoch' });
    const last = await epoch.getAttribute('max');
    await figure.getByRole('button', { name: 'Play' }).click();
    await expect(figure.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(epoch).toHaveValue(last!, { timeout: 15_000 });
    await expect(figure.getByRole('button', { name: 'Play' })).toBeVisible();
  });
});

test('an answer typed before the page’s script has run is kept, and checked', async ({ page }) => {
  // Hold every script until the learner has typed: the box is in the server's HTML, so a
  // learner on a slow connection can type into it before React hydrates it.
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await scriptsHeld;
    await route.fallback();
  });
  await page.goto(LESSON_1, { waitUntil: 'commit' });
  const exercise = page.locator('section[id^="exercise-"]').first();
  const box = exercise.locator('.exercise-input input');
  await box.fill('-0.8');
  release();
  // Check does nothing until React has hydrated the exercise: press it until it answers.
  await expect
    .poll(async () => {
      await exercise.getByRole('button', { name: 'Check' }).click();
      return exercise.textContent();
    })
    .toContain('Correct.');
  await expect(box).toHaveValue('-0.8');
});
