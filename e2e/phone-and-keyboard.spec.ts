import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { LESSON_1 } from './helpers/journeys';

/** The inline α in lesson 1's prose (the challenge further down has an α slider of its own). */
function inlineAlpha(page: Page): Locator {
  return page
    .getByRole('paragraph')
    .filter({ hasText: 'The figure shows the level curves' })
    .getByRole('slider', { name: 'α (step size)', exact: true });
}

/**
 * A finger moving from `from` by (dx, dy) in small steps, sent as real touch input (CDP), so the
 * browser decides, as on a phone, whether the gesture scrolls the page or reaches the page's
 * pointer handlers (touch-action).
 */
async function swipe(page: Page, from: { x: number; y: number }, dx: number, dy: number) {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) => [{ x: from.x + dx * t, y: from.y + dy * t }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / 10) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function centerOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/**
 * Presses Tab until `done` (run in the page, so it may not use outside variables) holds for the
 * focused element; returns the presses it took and where each one landed.
 */
async function tabUntil(
  page: Page,
  done: (el: Element) => boolean,
  limit: number,
): Promise<{ presses: number; path: string[] }> {
  const path: string[] = [];
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return 'none';
      const area = el.closest('.toc')
        ? 'toc'
        : el.closest('.lesson-body')
          ? 'lesson'
          : el.closest('.site-header')
            ? 'header'
            : 'other';
      return `${area}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`;
    });
    path.push(where);
    const focused = await page.evaluateHandle(() => document.activeElement ?? document.body);
    if (await focused.evaluate(done)) return { presses, path };
  }
  throw new Error(`not reached in ${limit} presses: ${path.join(' → ')}`);
}

test.describe('on a 390×844 touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test.describe.configure({ timeout: 120_000 });

  test('the header is one line, and its menu opens, closes with Escape and navigates', async ({
    page,
  }) => {
    await page.goto('');
    const header = page.locator('.site-header');
    const menu = page.getByRole('button', { name: 'Menu' });
    const brand = header.getByRole('link', { name: 'Momentum' });
    const theme = header.getByRole('button', { name: 'Dark mode' });
    // One line: it wrapped to four (168 px) before the menu.
    const height = (await header.boundingBox())!.height;
    expect(height).toBeLessThan(64);
    for (const part of [brand, menu, theme]) {
      const box = (await part.boundingBox())!;
      expect(box.height).toBeLessThan(height);
    }
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Teachers' })).toBeHidden();

    await menu.tap();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Teachers' })).toBeVisible();
    await expectAccessible(page, 'home at 390 px with the menu open');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Teachers' })).toBeHidden();

    await menu.tap();
    await nav.getByRole('link', { name: 'Teachers' }).tap();
    await expect(page).toHaveURL(/\/teachers\/$/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Teachers' })).toBeHidden();
  });

  test('"On this page" opens above the lesson, and a heading it jumps to is not under the header', async ({
    page,
  }) => {
    await page.goto(LESSON_1);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const open = toc.getByRole('button', { name: 'On this page' });
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    // Before the lesson's title, folded.
    const title = page.getByRole('heading', { level: 1 });
    expect((await open.boundingBox())!.y).toBeLessThan((await title.boundingBox())!.y);
    await open.tap();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    await expectAccessible(page, 'lesson 1 at 390 px with its contents open');

    const entry = toc.getByRole('link').nth(3);
    const name = (await entry.textContent())!;
    await entry.tap();
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    const heading = page.getByRole('heading', { name, exact: true });
    const headerBottom = async () => (await page.locator('.site-header').boundingBox())!.height;
    await expect
      .poll(async () => (await heading.boundingBox())!.y - (await headerBottom()))
      .toBeGreaterThanOrEqual(0);
    expect((await heading.boundingBox())!.y).toBeLessThan(200);
  });

  test('a vertical swipe that starts on an inline number scrolls the page and leaves it; a sideways drag changes it', async ({
    page,
  }) => {
    await page.goto(LESSON_1);
    const alpha = inlineAlpha(page);
    await expect(alpha).toHaveAttribute('aria-valuenow', '1.8');
    await alpha.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const before = await scrollY(page);

    await swipe(page, await centerOf(alpha), 0, -200);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(before + 100);
    await expect(alpha).toHaveAttribute('aria-valuenow', '1.8');

    // Let the fling end: a finger landing on a moving page only stops it.
    let last = -1;
    await expect
      .poll(async () => {
        const y = await scrollY(page);
        const still = y === last;
        last = y;
        return still;
      })
      .toBe(true);
    // The fling carries the page anywhere from 200 to 550 px: it may have taken the number off
    // the top of the screen. Bring it back (as a reader would, by a scroll that is not a touch).
    await alpha.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(async () => (await alpha.boundingBox())?.y ?? -1).toBeGreaterThan(100);
    const scrolled = await scrollY(page);
    await swipe(page, await centerOf(alpha), 80, 0);
    await expect(alpha).not.toHaveAttribute('aria-valuenow', '1.8');
    expect(Number(await alpha.getAttribute('aria-valuenow'))).toBeGreaterThan(1.8);
    expect(await scrollY(page)).toBe(scrolled);
  });
});

test.describe('by keyboard alone', () => {
  test.describe.configure({ timeout: 120_000 });

  test('"On this page" comes right after the header, before the lesson', async ({ page }) => {
    await page.goto(LESSON_1);
    const { path } = await tabUntil(page, (el) => !!el.closest('.toc a'), 15);
    expect(path.some((stop) => stop.startsWith('lesson:'))).toBe(false);
    // On a wide screen it is still the right-hand column, unfolded, and the header has no menu.
    await expect(page.getByRole('button', { name: 'On this page' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'On this page' })).toBeVisible();
    const toc = (await page.locator('.toc').boundingBox())!;
    const body = (await page.locator('.lesson-body').boundingBox())!;
    expect(toc.x).toBeGreaterThan(body.x + body.width);
  });

  test('Tab to an inline number, arrows change it, Enter and Escape in its box give focus back to it', async ({
    page,
  }) => {
    await page.goto(LESSON_1);
    const alpha = inlineAlpha(page);
    await expect(alpha).toHaveAttribute('aria-valuenow', '1.8');
    await tabUntil(page, (el) => el.getAttribute('data-param') === 'alpha', 80);
    await expect(alpha).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(alpha).toHaveAttribute('aria-valuenow', '1.81');

    await page.keyboard.press('Enter');
    // The prose's own box (the challenge further down has a number box named α too).
    const box = page
      .getByRole('paragraph')
      .filter({ hasText: 'The figure shows the level curves' })
      .getByRole('textbox', { name: 'α (step size)', exact: true });
    await expect(box).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1.5');
    await page.keyboard.press('Enter');
    await expect(box).toHaveCount(0);
    await expect(alpha).toBeFocused();
    await expect(alpha).toHaveAttribute('aria-valuenow', '1.5');
    // The arrows still adjust the number, not the page.
    await page.keyboard.press('ArrowRight');
    await expect(alpha).toHaveAttribute('aria-valuenow', '1.51');

    await page.keyboard.press('Enter');
    await expect(box).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box).toHaveCount(0);
    await expect(alpha).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(alpha).toHaveAttribute('aria-valuenow', '1.5');
  });

  test('a plot’s “Download plot as a PNG” button is plainly visible when the keyboard reaches it', async ({
    page,
  }) => {
    await page.goto(LESSON_1);
    // Plotly (and with it the mode bar) loads as a figure nears the screen.
    await page.locator('.plot-frame').first().scrollIntoViewIfNeeded();
    await expect(page.locator('.modebar-btn').first()).toBeAttached();
    await tabUntil(page, (el) => el.classList.contains('modebar-btn'), 120);
    const look = await page.evaluate(() => {
      const button = document.activeElement as HTMLElement;
      let opacity = 1;
      for (let el: Element | null = button; el; el = el.parentElement)
        opacity *= Number(getComputedStyle(el).opacity);
      return {
        name: button.getAttribute('aria-label'),
        opacity,
        outline: getComputedStyle(button).outlineWidth,
        fill: getComputedStyle(button.querySelector('.icon path')!).fill,
        text: getComputedStyle(document.body).color,
      };
    });
    expect(look.name).toMatch(/Download plot/);
    expect(look.opacity).toBe(1);
    expect(look.outline).toBe('3px');
    expect(look.fill).toBe(look.text);
  });
});

test.describe('labels show the value their control holds', () => {
  for (const lesson of [
    LESSON_1,
    'lessons/moving-averages/',
    'lessons/momentum/',
    'lessons/tuning-the-momentum-rate/',
    'lessons/momentum-in-real-training/',
    'lessons/playground/',
  ]) {
    test(`every slider on ${lesson} prints the value it holds`, async ({ page }) => {
      await page.goto(lesson);
      const controls = page.locator('label.control:has(input[type="range"]):has(output)');
      await expect(controls.first()).toBeAttached();
      const pairs = await controls.evaluateAll((labels) =>
        labels.map((label) => ({
          name: label.textContent,
          value: Number((label.querySelector('input') as HTMLInputElement).value),
          shown: Number(label.querySelector('output')!.textContent),
        })),
      );
      for (const pair of pairs) expect(pair.shown, pair.name ?? '').toBe(pair.value);
    });
  }
});
