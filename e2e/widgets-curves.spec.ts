import { expect, expectAccessible, test } from './fixtures';

// The three curve figures, each on its gallery page: the overlay is drawn, one keyboard
// interaction changes what the live text says, and the page stays accessible.

test.describe('a learner reads the curves of gradient descent and momentum', () => {
  test('loss curves: raising α with the keyboard changes where each run settles below 10⁻⁶', async ({
    page,
  }) => {
    await page.goto('gallery/loss-curves/');
    const figure = page
      .getByRole('figure')
      .filter({ has: page.getByRole('group', { name: /Loss against iteration/ }) });
    await expect(figure.locator('svg.plot-overlay path').first()).toBeAttached();
    const live = figure.locator('.live-text');
    await expect(live).toContainText(/stays below loss 10⁻⁶ from step \d+/);
    await expect(live).toContainText('Theoretical rates per step');
    const before = await live.textContent();

    await page.getByRole('slider', { name: /α/ }).first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(live).not.toHaveText(before ?? '');

    const envelopes = figure.getByRole('checkbox', { name: 'Show the theoretical envelopes' });
    await expect(envelopes).toBeChecked();
    const dashed = figure.locator('svg.plot-overlay path[stroke-dasharray="5 4"]');
    await expect(dashed).toHaveCount(2);
    await envelopes.press('Space');
    await expect(envelopes).not.toBeChecked();
    await expect(dashed).toHaveCount(0);
    await expectAccessible(page, 'loss curves gallery');
  });

  test('axis components: the steep and the shallow direction each get a panel; stepping back updates the text', async ({
    page,
  }) => {
    await page.goto('gallery/axis-components/');
    await expect(page.getByRole('group', { name: /Steep direction, λ = 1\b/ })).toBeVisible();
    await expect(page.getByRole('group', { name: /Shallow direction, λ = 0.05/ })).toBeVisible();
    await expect(page.locator('svg.plot-overlay path').first()).toBeAttached();
    const live = page.locator('.live-text').first();
    await expect(live).toContainText('after 40 steps');

    const upTo = page.getByRole('slider', { name: 'Show steps up to' });
    await upTo.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(upTo).toHaveAttribute('aria-valuetext', 'step 1 of 40');
    await expect(live).toContainText('after 1 step,');
    await expect(live).toContainText('gradient descent changed sign 1 time');

    await expectAccessible(page, 'axis components gallery');
  });

  test('beta sweep: moving β with its own slider reports the new step count; the optimum stays put', async ({
    page,
  }) => {
    await page.goto('gallery/beta-sweep/');
    await expect(page.locator('svg.plot-overlay path').first()).toBeAttached();
    const live = page.locator('.live-text').first();
    await expect(live).toContainText(
      'With α = 1.50, β = 0.60 the loss stays within the tolerance from step',
    );
    await expect(live).toContainText('β* = 0.40 for this κ');

    const betaSlider = page.getByRole('slider', { name: 'Current β' });
    await betaSlider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(live).toContainText('β = 0.61');
    await expect(betaSlider).toHaveAttribute('aria-valuetext', /^β = 0\.61: \d+ steps$/);
    // β is a page value: the inline number in the prose follows the widget.
    await expect(page.getByRole('slider', { name: 'β (momentum)' }).first()).toHaveAttribute(
      'aria-valuenow',
      '0.61',
    );
    await expectAccessible(page, 'beta sweep gallery');
  });

  test('beta sweep: dragging the β line sets β', async ({ page }) => {
    await page.goto('gallery/beta-sweep/');
    const handle = page.getByTestId('beta-handle');
    await expect(handle).toBeAttached();
    const box = (await page.locator('.plot-overlay').first().boundingBox())!;
    const start = (await handle.locator('rect').first().boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, start.y + start.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(page.locator('.live-text').first()).not.toContainText('β = 0.60');
  });

  test('in dark mode the three figures stay accessible', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const slug of ['loss-curves', 'axis-components', 'beta-sweep']) {
      await page.goto(`gallery/${slug}/`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('svg.plot-overlay path').first()).toBeAttached();
      await expectAccessible(page, `${slug} in dark mode`);
    }
  });

  test('at 360 px wide the three figures fit without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const slug of ['loss-curves', 'axis-components', 'beta-sweep']) {
      await page.goto(`gallery/${slug}/`);
      await expect(page.locator('svg.plot-overlay path').first()).toBeAttached();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `horizontal overflow on ${slug}`).toBeLessThanOrEqual(0);
    }
  });
});
