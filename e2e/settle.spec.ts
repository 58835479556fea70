import { expect, test } from './fixtures';
import { exercise, feedback, setRangeWithKeyboard } from './helpers/journeys';

const LESSON_4 = 'lessons/tuning-the-momentum-rate/';
const LESSON_5 = 'lessons/momentum-in-real-training/';
const PLAYGROUND = 'lessons/playground/';

test.describe('reached means reached and stayed', () => {
  test('a tuning challenge refuses a lucky dip and accepts a run that settles within the budget', async ({
    page,
  }) => {
    // About forty key presses, each re-running the challenge's figure: give a loaded machine time.
    test.setTimeout(120_000);
    await page.goto(LESSON_4);
    const ex = exercise(page, 'l4-tune-kappa-100');
    const alpha = ex.getByRole('slider', { name: /α \(step size\)/ });
    const beta = ex.getByRole('slider', { name: /β \(momentum\)/ });
    // α = 1 (where the slider starts), β = 0.84: the loss touches 1e-6 at step 73 and swings
    // back above it. (End jumps β to its maximum; the arrows then walk back down.)
    await setRangeWithKeyboard(alpha, 1);
    await beta.press('End');
    await setRangeWithKeyboard(beta, 0.84);
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(feedback(ex)).toHaveText(
      /^Dipped below 1e-6 at step 73 but does not stay there: loss \S+ after 80 steps; the goal is to stay below 1e-6 from some step within 80 steps$/,
    );
    await expect(ex.getByText('✓ Solved')).toHaveCount(0);

    // The critical β of the shallow direction settles inside the budget.
    await setRangeWithKeyboard(beta, 0.81);
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(feedback(ex)).toHaveText(
      /^Stays below 1e-6 from step 74 on \(loss \S+ after \d+ steps\)$/,
    );
    await expect(ex.getByText('✓ Solved')).toBeVisible();
  });

  test('the full-batch race opens with each racer tuned, and a shared α shows gradient descent at the effective step', async ({
    page,
  }) => {
    await page.goto(LESSON_5);
    const race = page
      .getByRole('figure')
      .filter({ hasText: 'five standardized features, full batch' });
    const live = race.locator('.live-text');
    await expect(live).toContainText('Each racer at its own tuned step');
    await expect(live).toContainText(
      'from epoch 97 for gradient descent, 28 for momentum (3.5× fewer) and 18 for Nesterov (5.4× fewer)',
    );
    await expect(race.locator('[data-settle="28"]')).toBeAttached();
    await race.getByRole('checkbox', { name: 'Each racer at its own tuned step' }).uncheck();
    await expect(live).toContainText('All racers share α = 0.1');
    await expect(live).toContainText(
      "the effective step α/(1 − β) = 1.00, past gradient descent's stability limit 2/λmax = 0.59: gradient descent at that step diverges.",
    );
  });
});

test.describe('a formula undefined at the start point never breaks the figures', () => {
  test('?objective=log(-1-x^2-y^2): the figures say in words that f is not defined there', async ({
    page,
  }) => {
    await page.goto(`${PLAYGROUND}?objective=${encodeURIComponent('log(-1-x^2-y^2)')}`);
    const message =
      'f is not defined at the start point (−1.5, 2): its value there is not a finite number.';
    await expect(page.locator('.live-text').first()).toContainText(message);
    await expect(page.locator('.figure-problem').first()).toContainText(message);
    await expect(page.locator('.widget-error')).toHaveCount(0);
  });

  test('sqrt(x) typed in the playground: the figures say so, and a valid formula brings them back', async ({
    page,
  }) => {
    await page.goto(PLAYGROUND);
    const live = page.locator('.live-text').first();
    await expect(live).toContainText('Gradient descent: loss');
    await page.getByRole('button', { name: /Edit the formula/ }).click();
    const input = page.getByRole('textbox', { name: /f\(x, y\)/ });
    await input.fill('sqrt(x)');
    await input.press('Enter');
    await expect(live).toContainText('f is not defined at the start point (−1.5, 2)');
    await expect(page.locator('.widget-error')).toHaveCount(0);

    await page.getByRole('button', { name: /Edit the formula/ }).click();
    await input.fill('(x^2/100 + y^2)/2');
    await input.press('Enter');
    await expect(live).toContainText('Gradient descent: loss');
  });

  test('?start=100000,100000: "too large" in words, no uncaught error, and the start keys bring the run back', async ({
    page,
  }) => {
    await page.goto(`${PLAYGROUND}?start=100000,100000`);
    const contour = page.getByRole('figure').filter({ hasText: 'on your surface' }).first();
    const live = contour.locator('.live-text');
    await expect(live).toContainText(
      'f is too large at the start point (100000, 100000) (about 1.0e20) for the figures to follow.',
    );
    await expect(page.locator('.widget-error')).toHaveCount(0);
    // The keyboard alternative to dragging clamps the start into the plotted window, where the
    // runs start again (from that corner the steps are too large and they blow up, in words).
    await contour.getByRole('button', { name: /^Start \(/ }).press('ArrowLeft');
    await expect(live).not.toContainText('too large');
    await expect(live).toContainText(/^Gradient descent (diverges after|: loss)/);
  });
});
