import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** The network lesson's race, as e2e/network.spec.ts and e2e/classroom.spec.ts drive it. */

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
export async function epochsDone(figure: Locator): Promise<number> {
  return Number(await figure.locator('progress').getAttribute('value'));
}

/** Waits for `count` animation frames of the page: time passing, measured by the page itself. */
export async function frames(page: Page, count: number): Promise<void> {
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
  await expect(status).toContainText('Press Train to race momentum');
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
