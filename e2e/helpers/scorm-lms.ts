import type { FrameLocator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/**
 * Driving the test LMS (e2e/scorm-lms/player.html, staged by scripts/scorm/stage-lms.ts): a
 * page whose window.API is scorm-again's Scorm12API, framing a package unpacked under
 * /pluginfile.php/17/mod_scorm/content/N/.
 */

export type Cmi = {
  suspend_data: string;
  core: {
    lesson_status: string;
    exit: string;
    session_time: string;
    score: { raw: string; min: string; max: string };
  };
  interactions: Record<string, Record<string, string>>;
};

/** What e2e/scorm-lms/player.html puts on its window. */
export interface Player {
  lms: { error: string | null; commits: number; finishes: number; launch: string };
  lmsData(): Cmi;
  closeSco(): void;
}

/**
 * Opens the player on package `pkg` with `savedCmi` as the learner's stored CMI data; returns
 * the course frame inside the package's launch page.
 */
export async function launch(page: Page, savedCmi: object = {}, pkg = 3): Promise<FrameLocator> {
  await page.addInitScript((cmi) => {
    (window as unknown as { savedCmi: object }).savedCmi = cmi;
  }, savedCmi);
  await page.goto(`lms/player.html?package=${pkg}`);
  await expect.poll(() => page.evaluate(() => (window as unknown as Player).lms.error)).toBeNull();
  const sco = page.frameLocator('#sco');
  await expect(sco.locator('html')).toHaveAttribute('data-scorm', /scoring|review/);
  return sco.frameLocator('#course');
}

/** The CMI data the LMS holds now. */
export const lmsData = (page: Page) =>
  page.evaluate(() => (window as unknown as Player).lmsData() as Cmi);

export const lmsCounts = (page: Page) =>
  page.evaluate(() => ({
    commits: (window as unknown as Player).lms.commits,
    finishes: (window as unknown as Player).lms.finishes,
  }));
