import { expect, expectAccessible, test } from './fixtures';

test.describe('a learner plays with the moving average, the rate map and the training race', () => {
  test('the EMA explorer: β changes the window, the input menu switches the sequence', async ({
    page,
  }) => {
    await page.goto('gallery/ema-explorer/');
    const figure = page.getByRole('figure').first();
    const signalPlot = figure.getByRole('group', { name: 'Gradients and their moving average' });
    // The average's line (its dots are the series' second path).
    await expect(
      signalPlot.locator('svg.plot-overlay [data-series="average"] path').first(),
    ).toHaveAttribute('d', /^M.+L/);
    await expect(
      figure
        .getByRole('group', { name: 'Weight of each past gradient in the average' })
        .locator('svg.plot-overlay [data-series="weights"] path')
        .first(),
    ).toBeAttached();
    const live = figure.locator('[aria-live="polite"]');
    await expect(live).toContainText(
      'β = 0.90: the average looks back about 10 steps; an alternating ±1 shrinks to ±0.053',
    );
    await expect(live).toContainText('a constant 1 reaches 0.65 after 10 steps');

    const slider = figure.getByRole('slider', { name: 'β (momentum)' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(live).toContainText('β = 0.91: the average looks back about 11 steps');
    await expect(slider).toHaveAttribute('aria-valuetext', /β = 0\.91/);
    // β is the page's value: the second explorer follows.
    await expect(page.getByRole('figure').nth(1).locator('[aria-live="polite"]')).toContainText(
      'β = 0.91',
    );

    await figure.getByLabel('Input', { exact: true }).selectOption('step');
    await expect(live).toContainText('the step at k = 10 is followed');
    await figure.getByRole('checkbox', { name: /Bias correction/ }).check();
    await expect(live).toContainText('(bias-corrected)');
    await expectAccessible(page, 'EMA explorer gallery');
  });

  test('the rate map: arrow keys and a drag of the marker move (α, β) and the readout follows', async ({
    page,
  }) => {
    await page.goto('gallery/rate-map/');
    const figure = page.getByRole('figure').first();
    const marker = figure.getByTestId('rate-marker');
    await expect(marker).toBeAttached();
    const live = figure.locator('[aria-live="polite"]');
    await expect(live).toContainText(
      'At α = 1.50, β = 0.60 the error shrinks by 0.77 per step (ringing: complex roots',
    );
    await expect(live).toContainText('The best for κ = 20 is α* = ');

    await figure.getByRole('slider', { name: 'α (step size)' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(live).toContainText('At α = 1.51, β = 0.60');

    await marker.scrollIntoViewIfNeeded();
    const box = await marker.locator('circle').last().boundingBox();
    expect(box).not.toBeNull();
    const cx = box!.x + box!.width / 2;
    const cy = box!.y + box!.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 40, cy + 20, { steps: 5 });
    await page.mouse.move(cx - 80, cy + 40, { steps: 5 });
    await page.mouse.up();
    await expect(live).not.toContainText('At α = 1.51, β = 0.60');
    await expect(live).toContainText(/At α = 1\.[0-4]\d, β = 0\.[0-5]\d/);
    // The drag set the page's values: the inline numbers in the prose agree with the marker.
    const alphaText = await page.locator('[data-param="alpha"]').textContent();
    await expect(live).toContainText(`At α = ${alphaText},`);
    const after = await marker.locator('circle').last().boundingBox();
    expect(after!.x).toBeLessThan(box!.x - 40);

    await figure.getByRole('button', { name: /Go to the best/ }).click();
    await expect(figure.getByTestId('rate-readout')).toHaveText(/rate 0\.6\d/);
    await expectAccessible(page, 'rate map gallery');
  });

  test('the training race: momentum beats gradient descent, and β changes the result', async ({
    page,
  }) => {
    await page.goto('gallery/training-race/');
    const figure = page.getByRole('figure').first();
    await expect(figure.locator('svg.plot-overlay [data-run="heavy-ball"] path')).toHaveAttribute(
      'd',
      /^M.+L/,
    );
    const live = figure.locator('[aria-live="polite"]');
    await expect(live).toContainText(
      /The loss stays within 1% of the best possible loss from epoch \d+ for gradient descent, \d+ for momentum \(\d+\.\d× fewer\)/,
    );
    await expect(live).toContainText(
      /κ of this problem \(Hessian eigenvalues\): [\d.]+ with standardized features, [\d.]+×10\S+ with raw ones/,
    );
    const before = await live.textContent();

    await figure.getByRole('slider', { name: 'β (momentum)' }).focus();
    await page.keyboard.press('PageDown');
    await expect(live).not.toHaveText(before!);
    await expect(live).toContainText(/\d+ for momentum/);

    await figure.getByRole('checkbox', { name: 'Standardize features' }).uncheck();
    await expect(live).toContainText(
      'With raw features gradient descent is stable only for α < 2/λmax',
    );
    await expect(live).toContainText(/diverges/);

    // The minibatch race animates in slices and still finishes, deterministically.
    const minibatch = page.getByRole('figure').nth(1);
    await expect(minibatch.locator('[aria-live="polite"]')).toContainText(
      'Batches of 32: 13 noisy steps per epoch.',
    );
    await expect(minibatch.locator('[aria-live="polite"]')).toContainText(
      /the loss hovers above the best by .+: the noise floor\./,
    );
    await expectAccessible(page, 'training race gallery');
  });

  test('at 360 px wide the three figures fit without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['gallery/ema-explorer/', 'gallery/rate-map/', 'gallery/training-race/']) {
      await page.goto(path);
      await expect(page.locator('svg.plot-overlay').first()).toBeAttached();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});
