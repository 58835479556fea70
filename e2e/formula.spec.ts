import { expect, expectAccessible, test } from './fixtures';

const PAGE = 'gallery/formula-editors/';

test.describe('a learner edits the equations, not just the sliders', () => {
  test('typing a new loss function redraws the surface and the trajectories', async ({ page }) => {
    await page.goto(PAGE);
    const figure = page.getByRole('group', { name: 'Trajectories on the loss surface' });
    await expect(figure).toBeVisible();
    const liveText = page.locator('.live-text').first();
    await expect(liveText).toContainText('Gradient descent: loss');
    const before = await liveText.textContent();

    await page.getByRole('button', { name: /Edit the formula/ }).click();
    const input = page.getByRole('textbox', { name: /f\(x, y\)/ });
    await input.fill('x^2 + 3 y^2 + sin(x)');
    await expect(page.locator('.formula-preview .katex').first()).toBeVisible();
    await input.press('Enter');
    await expect(page.getByRole('button', { name: /Edit the formula/ })).toHaveAttribute(
      'data-formula',
      'x^2 + 3 y^2 + sin(x)',
    );
    await expect(liveText).not.toHaveText(before ?? '');
    await expect(page).toHaveURL(/objective=/);
    await expectAccessible(page, 'after a new formula');
  });

  test('a broken formula shows where it went wrong and the page keeps working', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const liveText = page.locator('.live-text').first();
    await expect(liveText).toContainText('Gradient descent: loss');
    const before = await liveText.textContent();
    await page.getByRole('button', { name: /Edit the formula/ }).click();
    const input = page.getByRole('textbox', { name: /f\(x, y\)/ });
    await input.fill('x^2 + + z');
    const error = page.getByRole('alert').filter({ hasText: /position/ });
    await expect(error).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeDisabled();
    await input.press('Enter'); // refused: nothing changes
    await expect(liveText).toHaveText(before ?? '');
    await input.press('Escape');
    await expect(page.getByRole('button', { name: /Edit the formula/ })).toHaveAttribute(
      'data-formula',
      '(x^2/10 + y^2)/2',
    );
    // The rest of the page still responds.
    await page.getByRole('slider', { name: /α/ }).first().press('ArrowRight');
    await expect(liveText).not.toHaveText(before ?? '');
  });

  test('editing the update rule changes "Your rule" run; an invalid rule is never applied', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const liveText = page.locator('.live-text').first();
    await expect(liveText).toContainText('Your rule: loss');
    const before = await liveText.textContent();
    const rule = page.getByRole('textbox', { name: /Update rule/ });
    await rule.fill('v = beta*v + g\nw = w - lr*v');
    await page.getByRole('button', { name: 'Apply rule' }).click();
    await expect(page.getByText('Applied to the figures.')).toBeVisible();
    await expect(liveText).not.toHaveText(before ?? '');

    const applied = await liveText.textContent();
    await rule.fill('v = beta*v + q\nw = w - lr*v');
    await expect(page.getByRole('alert').filter({ hasText: /q/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Apply rule' })).toBeDisabled();
    await expect(liveText).toHaveText(applied ?? '');

    await page.getByRole('button', { name: 'Adam' }).click();
    await page.getByRole('button', { name: 'Apply rule' }).click();
    await expect(liveText).not.toHaveText(applied ?? '');
    await expectAccessible(page, 'rule editor');
  });
});

test('in the playground lesson, a typed loss function redraws every figure on the page', async ({
  page,
}) => {
  await page.goto('lessons/playground/');
  const figureTexts = page.locator('.live-text');
  await expect(figureTexts.first()).toContainText('Gradient descent');
  const before = await figureTexts.allTextContents();
  await page.getByRole('button', { name: /Edit the formula/ }).click();
  const input = page.getByRole('textbox', { name: /f\(x, y\)/ });
  await input.fill('(x^2 + 4 y^2)/2');
  await input.press('Enter');
  await expect(page).toHaveURL(/objective=/);
  // The contour figure and the loss curves both follow the new surface.
  await expect
    .poll(
      async () => (await figureTexts.allTextContents()).filter((t, i) => t !== before[i]).length,
    )
    .toBeGreaterThanOrEqual(2);
  await expectAccessible(page, 'playground after a new formula');
});
