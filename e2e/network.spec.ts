import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/**
 * The network lesson's race, as a learner uses it: press Train, watch the test accuracies rise
 * until momentum's reaches 90%, pause (nothing moves), resume, reset. The fixture fails the test
 * on any console error or request leaving this machine. e2e/classroom.spec.ts does the same
 * from the classroom folder over file://.
 */

const LESSON = 'lessons/momentum-on-a-neural-network/';

/** The race figure, found by its accessible plot names. */
export function raceFigure(page: Page): Locator {
  return page
    .getByRole('figure')
    .filter({ has: page.getByRole('group', { name: 'Test accuracy per epoch' }) })
    .first();
}

/** Latest test accuracy the legend reports for a lane, or −1 before any. */
export async function accuracyOf(figure: Locator, key: string): Promise<number> {
  const value = await figure.locator(`.legend [data-run="${key}"]`).getAttribute('data-accuracy');
  return value === null ? -1 : Number(value);
}

/** Epochs every lane has finished, from the progress bar. */
async function epochsDone(figure: Locator): Promise<number> {
  return Number(await figure.locator('progress').getAttribute('value'));
}

/** Waits for `count` animation frames of the page: time passing, measured by the page itself. */
async function frames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/** Train, see accuracies rise and momentum reach 90%; the shared journey of both specs. */
export async function trainUntilMomentumReaches90(page: Page, figure: Locator): Promise<void> {
  const status = figure.locator('p[role="status"]');
  await expect(status).toHaveText('Press Train to start the race.');
  await figure.getByRole('button', { name: 'Train' }).click();
  await expect(status).toContainText('Training…', { timeout: 20_000 });
  await expect.poll(() => accuracyOf(figure, 'heavy-ball'), { timeout: 20_000 }).toBeGreaterThan(0);
  const first = await accuracyOf(figure, 'heavy-ball');
  await expect
    .poll(() => accuracyOf(figure, 'heavy-ball'), { timeout: 90_000 })
    .toBeGreaterThanOrEqual(0.9);
  expect(first).toBeLessThan(0.9);
  for (const key of ['gd', 'nesterov', 'adam'])
    expect(await accuracyOf(figure, key), `${key} learned`).toBeGreaterThan(first);
}

test.describe('a learner races optimizers on a real neural network', () => {
  test.setTimeout(150_000);

  test('Train: the accuracies rise and momentum reaches 90% test accuracy; Pause, Resume and Reset work', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const figure = raceFigure(page);
    await figure.scrollIntoViewIfNeeded();
    await trainUntilMomentumReaches90(page, figure);
    await expect(figure).toHaveAttribute('data-where', 'worker');
    // The strip of test digits shows every optimizer's current reading.
    await expect(figure.getByRole('table')).toContainText('Momentum');
    await expect(figure.getByRole('img', { name: /handwritten \d/ })).toHaveCount(10);

    await figure.getByRole('button', { name: 'Pause' }).click();
    await expect(figure.locator('p[role="status"]')).toContainText('Paused.');
    const resume = figure.getByRole('button', { name: 'Resume' });
    await expect(resume).toBeVisible();
    // A message already on its way may still land; after that, nothing moves.
    await frames(page, 10);
    const paused = await epochsDone(figure);
    await frames(page, 30);
    expect(await epochsDone(figure)).toBe(paused);

    await resume.click();
    await expect.poll(() => epochsDone(figure), { timeout: 30_000 }).toBeGreaterThan(paused);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.locator('p[role="status"]')).toHaveText('Press Train to start the race.');
    expect(await epochsDone(figure)).toBe(0);
    await expect(figure.locator('svg.plot-overlay g[data-run]')).toHaveCount(0);
    await expectAccessible(page, 'the network lesson after a race');
  });
});
