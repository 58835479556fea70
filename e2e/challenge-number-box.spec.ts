import { execFileSync } from 'node:child_process';
import type { Locator } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { exercise, feedback, LESSON_1 } from './helpers/journeys';

const LESSON_4 = 'lessons/tuning-the-momentum-rate/';

/**
 * The setting the teacher's key gives for a challenge, computed by lib (the grader's own check
 * on its grid search): `typed` as the key prints it, the text a learner would type; `shown` as
 * the box and the slider's value text then print it.
 */
function keySetting(id: string): Record<'lr' | 'beta', { typed: string; shown: string }> {
  const out = execFileSync('npx', ['--no-install', 'tsx', 'e2e/helpers/print-key-setting.ts', id], {
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** Replaces the box's text as a finger and an on-screen keyboard would: tap, clear, type. */
async function typeInto(box: Locator, text: string): Promise<void> {
  await box.tap();
  await box.fill('');
  await box.pressSequentially(text);
}

test.describe('a challenge’s number box on a 390×844 touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  // The key's grid search runs in a child process first.
  test.describe.configure({ timeout: 90_000 });

  test('solve a challenge by typing the key’s value into the box and tapping Check', async ({
    page,
  }) => {
    const alphaKey = keySetting('l1-tune-gd').lr;
    await page.goto(LESSON_1);
    const ex = exercise(page, 'l1-tune-gd');
    const slider = ex.getByRole('slider', { name: 'α (step size)' });
    const box = ex.getByRole('textbox', { name: 'α (step size)' });
    await box.scrollIntoViewIfNeeded();
    await expect(box).toHaveValue('1.00');
    // On the phone the box sits beside the label and the slider takes the width below them.
    const [s, b] = [(await slider.boundingBox())!, (await box.boundingBox())!];
    expect(b.x + b.width).toBeLessThanOrEqual(390);
    expect(s.y).toBeGreaterThanOrEqual(b.y + b.height);
    expect(s.width).toBeGreaterThan(250);
    // A box the phone opens its full keyboard for (a decimal pad may have no minus key).
    await expect(box).toHaveAttribute('inputmode', 'text');

    await typeInto(box, alphaKey.typed);
    // Tapping Check commits the box first (it loses focus): no Enter needed.
    await ex.getByRole('button', { name: 'Check' }).tap();
    await expect(slider).toHaveValue(String(Number(alphaKey.typed)));
    await expect(box).toHaveValue(alphaKey.shown);
    await expect(slider).toHaveAttribute('aria-valuetext', `α (step size) = ${alphaKey.shown}`);
    await expect(feedback(ex)).toHaveText(/^Stays below 1e-5 from step \d+ on/);
    await expect(ex.getByText('✓ Solved')).toBeVisible();
    await expectAccessible(page, 'lesson 1 at 390 px with a solved challenge');
  });

  test('a malformed or out-of-range value gets a message and the last good value stays', async ({
    page,
  }) => {
    await page.goto(LESSON_1);
    const ex = exercise(page, 'l1-tune-gd');
    const slider = ex.getByRole('slider', { name: 'α (step size)' });
    const box = ex.getByRole('textbox', { name: 'α (step size)' });
    await box.scrollIntoViewIfNeeded();

    await typeInto(box, '1.8');
    await box.press('Enter');
    await expect(slider).toHaveValue('1.8');
    await expect(box).toHaveValue('1.80');

    await typeInto(box, '1..8');
    await box.press('Enter');
    await expect(
      ex.getByText('“1..8” is not a number I can read; α (step size) stays 1.80.'),
    ).toBeVisible();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveValue('1..8'); // kept to be corrected, not wiped
    await expect(slider).toHaveValue('1.8');
    await expectAccessible(page, 'lesson 1 at 390 px with a refused value');

    // Escape gives the box back its value.
    await box.press('Escape');
    await expect(box).toHaveValue('1.80');
    await expect(box).not.toHaveAttribute('aria-invalid', 'true');
    await expect(ex.getByText('is not a number I can read')).toHaveCount(0);

    await typeInto(box, '−0.8');
    await box.press('Enter');
    await expect(
      ex.getByText('α (step size) goes from 0.05 to 2.20; α (step size) stays 1.80.'),
    ).toBeVisible();
    await expect(slider).toHaveValue('1.8');

    // Between two positions: rounded to the nearest, and said so. The slider moves with it.
    await typeInto(box, '1,806');
    await box.press('Enter');
    await expect(slider).toHaveValue('1.81');
    await expect(box).toHaveValue('1.81');
    await expect(
      ex.getByText('Rounded to 1.81: α (step size) moves in steps of 0.01.'),
    ).toBeVisible();

    // The slider drives the box too.
    await slider.focus();
    await slider.press('ArrowLeft');
    await expect(box).toHaveValue('1.80');
    await expect(ex.getByText('Rounded to')).toHaveCount(0);
  });
});

test.describe('a challenge’s number box with the keyboard', () => {
  // The key's grid search (3,600 runs, in a child process) takes seconds on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('each box is the tab stop before its slider; Enter commits both values and Check passes', async ({
    page,
  }) => {
    const key = keySetting('l4-tune-kappa-100');
    await page.goto(LESSON_4);
    const ex = exercise(page, 'l4-tune-kappa-100');
    for (const [name, label] of [
      ['lr', 'α (step size)'],
      ['beta', 'β (momentum)'],
    ] as const) {
      const slider = ex.getByRole('slider', { name: label });
      const box = ex.getByRole('textbox', { name: label });
      await slider.focus();
      await page.keyboard.press('Shift+Tab');
      await expect(box).toBeFocused();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(key[name].typed);
      await page.keyboard.press('Enter');
      await expect(box).toBeFocused();
      await expect(slider).toHaveValue(String(Number(key[name].typed)));
      await expect(box).toHaveValue(key[name].shown);
      await page.keyboard.press('Tab');
      await expect(slider).toBeFocused();
    }
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(feedback(ex)).toHaveText(/^Stays below 1e-6 from step \d+ on/);
  });
});
