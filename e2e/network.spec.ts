import { expect, expectAccessible, test } from './fixtures';
import { epochsDone, frames, raceFigure, trainUntilMomentumReaches90 } from './helpers/network';

/**
 * The network lesson's race, as a learner uses it: press Train, watch the test accuracies rise
 * until momentum's reaches 90%, pause (nothing moves), resume, reset. The fixture fails the test
 * on any console error or request leaving this machine. e2e/classroom.spec.ts does the same
 * from the classroom folder over file://.
 */

const LESSON = 'lessons/momentum-on-a-neural-network/';

test.describe('a learner races optimizers on a real neural network', () => {
  test.setTimeout(150_000);

  test('Train: the accuracies rise and momentum reaches 90% test accuracy; Pause, Resume and Reset work', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const figure = raceFigure(page);
    await figure.scrollIntoViewIfNeeded();
    // Before the first race the strip already has its rows, with nothing read yet.
    await expect(figure.locator('tbody tr').first()).toContainText('·');
    await trainUntilMomentumReaches90(page, figure);
    await expect(figure).toHaveAttribute('data-where', 'worker');
    // The strip of test digits shows every optimizer's current reading (a '·' until the first).
    await expect(figure.getByRole('img', { name: /handwritten \d/ })).toHaveCount(10);
    const momentumRow = figure.locator('tbody tr').filter({ hasText: 'Momentum' }).first();
    await expect(momentumRow.locator('td')).toHaveCount(10);
    await expect(momentumRow).not.toContainText('·');

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
    await expect(figure.locator('p[role="status"]')).toContainText('Press Train');
    expect(await epochsDone(figure)).toBe(0);
    await expect(figure.locator('svg.plot-overlay g[data-run]')).toHaveCount(0);
    await expectAccessible(page, 'the network lesson after a race');
  });
});
