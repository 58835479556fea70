import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, PageGuard, test } from './fixtures';
import { LESSON_1 } from './helpers/journeys';

/** Lesson 1's defaults (its front matter). */
const DEFAULT_ALPHA = '1.8';
const DEFAULT_START = 'Start (-3.50, 1.50)';
const LIVE_TEXT =
  /^Gradient descent: loss \S+ after \d+ steps(?:, not below 10⁻⁶ within \d+ steps|; it stays below 10⁻⁶ from step \d+)\.$/;

/** What the lesson's main figure and its inline numbers expose. */
function notebook(page: Page) {
  const figure = page.getByRole('figure', { name: /Gradient descent on the bowl/ });
  // The inline numbers live in the prose above the figure (the challenge further down has an α slider of its own).
  const prose = page
    .getByRole('paragraph')
    .filter({ hasText: 'The figure shows the level curves' });
  return {
    figure,
    live: figure.locator('.live-text'),
    alpha: prose.getByRole('slider', { name: 'α (step size)', exact: true }),
    /** The box Enter opens on the inline α (the challenge's number box is named α too). */
    alphaBox: prose.getByRole('textbox', { name: 'α (step size)', exact: true }),
    kappa: prose.getByRole('slider', { name: 'κ (condition number)', exact: true }),
    startButton: figure.getByRole('button', { name: /^Start \(/ }),
    handle: figure.locator('[data-testid="start-handle"]'),
  };
}

/** Opens lesson 1 (optionally with a query) and waits until the figure has drawn its overlay. */
async function openLesson(page: Page, query = ''): Promise<ReturnType<typeof notebook>> {
  await page.goto(`${LESSON_1}${query}`);
  const nb = notebook(page);
  await expect(nb.live).toHaveText(LIVE_TEXT);
  await expect(nb.handle).toBeAttached();
  return nb;
}

/** Drags the white start point by (dx, dy) pixels with the mouse. */
async function dragBy(page: Page, handle: Locator, dx: number, dy: number): Promise<void> {
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.locator('circle').last().boundingBox();
  expect(box, 'the start handle has a box on screen').not.toBeNull();
  const x = box!.x + box!.width / 2;
  const y = box!.y + box!.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 4 });
  await page.mouse.up();
}

test.describe('a learner plays with the lesson’s live numbers', () => {
  test.describe.configure({ timeout: 120_000 });

  test('arrow keys on the inline α change the figure; typing a value works, a bad value is refused', async ({
    page,
  }) => {
    const nb = await openLesson(page);
    await expect(nb.alpha).toHaveCount(1);
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', DEFAULT_ALPHA);
    await expect(nb.alpha).toHaveText('1.80');
    const atDefault = await nb.live.textContent();
    await expectAccessible(page, 'lesson 1 at its defaults');

    await nb.alpha.focus();
    await page.keyboard.press('ArrowRight');
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', '1.81');
    await expect(nb.alpha).toHaveAttribute('aria-valuetext', 'α (step size) = 1.81');
    await expect(nb.live).not.toHaveText(atDefault!);
    await expect(nb.live).toHaveText(LIVE_TEXT);
    await expect(page).toHaveURL(/[?&]alpha=1\.81\b/);
    await page.keyboard.press('ArrowLeft');
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', DEFAULT_ALPHA);
    await expect(nb.live).toHaveText(atDefault!);
    await page.keyboard.press('Shift+ArrowRight');
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', '1.9');
    await expectAccessible(page, 'lesson 1 after the arrow keys');

    // Enter opens a text box on the number; a typed value replaces it.
    await nb.alpha.press('Enter');
    const box = nb.alphaBox;
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('1.90');
    await box.fill('0.5');
    await box.press('Enter');
    await expect(box).toHaveCount(0);
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', '0.5');
    await expect(nb.alpha).toHaveText('0.50');
    await expect(page).toHaveURL(/[?&]alpha=0\.5\b/);
    const atHalf = await nb.live.textContent();
    expect(atHalf).not.toBe(atDefault);

    // Not a number: an error, the box stays open, nothing changes.
    await nb.alpha.press('Enter');
    await box.fill('abc');
    await box.press('Enter');
    const error = page.getByRole('alert').filter({ hasText: 'is not a number' });
    await expect(error).toHaveText('“abc” is not a number');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toBeFocused();
    await expectAccessible(page, 'lesson 1 with a refused typed value');
    // Out of range: refused too, with the range.
    await box.fill('9');
    await box.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'must be between' })).toHaveText(
      'α (step size) must be between 0.05 and 2.2',
    );
    await box.press('Escape');
    await expect(box).toHaveCount(0);
    await expect(error).toHaveCount(0);
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', '0.5');
    await expect(nb.live).toHaveText(atHalf!);
    await expect(page).toHaveURL(/[?&]alpha=0\.5\b/);
  });

  test('dragging the white start point moves the run', async ({ page }) => {
    const nb = await openLesson(page);
    await expect(nb.startButton).toContainText(DEFAULT_START);
    const atDefault = await nb.live.textContent();

    await dragBy(page, nb.handle, 60, 40);
    await expect(nb.startButton).not.toContainText(DEFAULT_START);
    await expect(nb.live).not.toHaveText(atDefault!);
    await expect(nb.live).toHaveText(LIVE_TEXT);
    // Dragged right and down: x grows, y shrinks.
    const [x, y] = ((await nb.startButton.textContent())!.match(/-?\d+\.\d+/g) ?? []).map(Number);
    expect(x).toBeGreaterThan(-3.5);
    expect(y).toBeLessThan(1.5);
    await expect(page).toHaveURL(/[?&]start=-?\d/);
    await expectAccessible(page, 'lesson 1 after dragging the start point');

    // The keyboard way to do the same: the start button moves it with the arrow keys.
    const dragged = await nb.startButton.textContent();
    await nb.startButton.focus();
    await page.keyboard.press('ArrowUp');
    await expect(nb.startButton).not.toHaveText(dragged!);
  });

  test('“Reset values” brings every value back to the lesson’s default', async ({ page }) => {
    const nb = await openLesson(page);
    const atDefault = await nb.live.textContent();
    await nb.alpha.focus();
    await page.keyboard.press('PageDown');
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', '1.7');
    await nb.kappa.focus();
    await page.keyboard.press('End');
    await expect(nb.kappa).toHaveAttribute('aria-valuenow', '100');
    await dragBy(page, nb.handle, -30, 50);
    await expect(nb.startButton).not.toContainText(DEFAULT_START);
    await expect(page).toHaveURL(/alpha=1\.7/);

    const toolbar = page.getByRole('group', { name: "This page's settings" });
    await toolbar.getByRole('button', { name: 'Reset values' }).click();
    await expect(toolbar.getByRole('status')).toHaveText(
      'Every value is back to the lesson’s default.',
    );
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', DEFAULT_ALPHA);
    await expect(nb.kappa).toHaveAttribute('aria-valuenow', '20');
    await expect(nb.startButton).toContainText(DEFAULT_START);
    await expect(nb.live).toHaveText(atDefault!);
    // Only values that differ from the defaults go in the URL: none now.
    await expect(page).toHaveURL(new RegExp(`${LESSON_1}$`));
    await expectAccessible(page, 'lesson 1 after Reset values');
  });

  test('a link with junk values opens with the defaults and no console error', async ({ page }) => {
    const clean = await openLesson(page);
    const atDefault = await clean.live.textContent();

    const nb = await openLesson(page, '?alpha=abc&start=1,zz&kappa=1e9');
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', DEFAULT_ALPHA);
    await expect(nb.kappa).toHaveAttribute('aria-valuenow', '20');
    await expect(nb.startButton).toContainText(DEFAULT_START);
    await expect(nb.live).toHaveText(atDefault!);
    // Still a working page: the number moves.
    await nb.alpha.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', '1.79');
    await expectAccessible(page, 'lesson 1 opened from a junk link');
  });
});

test.describe('sharing the setup on screen', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('“Copy link to this setup” gives a link that restores α and the start point in a fresh browser', async ({
    page,
    browser,
  }) => {
    const nb = await openLesson(page);
    await nb.alpha.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect(nb.alpha).toHaveAttribute('aria-valuenow', '1.77');
    await dragBy(page, nb.handle, 50, 30);
    await expect(nb.startButton).not.toContainText(DEFAULT_START);
    const start = await nb.startButton.textContent();
    const live = await nb.live.textContent();

    const toolbar = page.getByRole('group', { name: "This page's settings" });
    await toolbar.getByRole('button', { name: 'Copy link to this setup' }).click();
    await expect(toolbar.getByRole('status')).toHaveText('Link copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(copied);
    expect(url.pathname).toMatch(new RegExp(`/${LESSON_1}$`));
    expect(url.searchParams.get('alpha')).toBe('1.77');
    expect(url.searchParams.get('start')).toMatch(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/);
    expect(url.searchParams.has('kappa'), 'unchanged values stay out of the link').toBe(false);
    await expectAccessible(page, 'lesson 1 after copying the link');

    // Someone else opens it: a new browser, nothing stored, only the link.
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const guard = new PageGuard();
    await guard.attach(fresh);
    await fresh.goto(copied);
    const restored = notebook(fresh);
    await expect(restored.alpha).toHaveAttribute('aria-valuenow', '1.77');
    await expect(restored.alpha).toHaveText('1.77');
    await expect(restored.startButton).toHaveText(start!);
    await expect(restored.live).toHaveText(live!);
    await expect(restored.kappa).toHaveAttribute('aria-valuenow', '20');
    await expectAccessible(fresh, 'lesson 1 opened from a copied link');
    guard.assertClean();
    await context.close();
  });
});

test.describe('a figure far down the page', () => {
  test('follows an inline number once it rests, and at once when the reader scrolls to it', async ({
    page,
  }) => {
    await page.goto('lessons/moving-averages/');
    // The first inline β, near the top; the last moving-average figure, several screens below.
    const beta = page.locator('.lesson-body [role="slider"][data-param="beta"]').first();
    const far = page.locator('figure.ema-explorer').last();
    const farBeta = far.getByRole('slider', { name: 'β (momentum)' });
    await expect(farBeta).toHaveValue('0.9');
    await beta.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const top = await page.evaluate(() => window.scrollY);
    const screen = page.viewportSize()!.height;
    const farTop = (await far.boundingBox())!.y;
    expect(farTop, 'the figure is more than a screen below the view').toBeGreaterThan(2 * screen);

    // Three quick presses: the far figure has caught up once they rest, with no scrolling.
    await beta.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(beta).toHaveAttribute('aria-valuenow', '0.93');
    await expect(farBeta).toHaveValue('0.93');
    await expect(far.locator('.live-text')).toContainText('0.93');
    expect(await page.evaluate(() => window.scrollY)).toBe(top);

    // A press, then straight to the figure: it shows the new value on arrival, before the
    // value has rested long enough (150 ms) to reach a figure that stays away. Done in the page,
    // so that the frames counted are the page's own.
    const arrival = await far.evaluate(async (figure) => {
      const inline = document.querySelector('.lesson-body [role="slider"][data-param="beta"]')!;
      const slider = figure.querySelector<HTMLInputElement>('input[aria-label="β (momentum)"]')!;
      const started = performance.now();
      inline.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      figure.scrollIntoView({ block: 'center' });
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      return { value: slider.value, ms: performance.now() - started };
    });
    // A machine too slow to draw three frames in 120 ms cannot tell arrival from rest.
    if (arrival.ms < 120) expect(arrival.value, `after ${arrival.ms} ms`).toBe('0.94');
    await expect(farBeta).toHaveValue('0.94');
  });
});
