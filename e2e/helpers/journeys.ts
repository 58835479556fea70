import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Lesson 1, where most journeys start. */
export const LESSON_1 = 'lessons/why-gradient-descent-oscillates/';

/** The exercise with this id: the region the lesson renders around it. */
export function exercise(page: Page, id: string): Locator {
  return page.locator(`section#exercise-${id}`);
}

/**
 * Waits until React has hydrated `el` (it carries React's fiber key). A value typed into a
 * controlled box before that is reset by hydration: the check then sees an empty box (a CI
 * failure: "Type a number first." right after typing 0.5).
 */
export async function hydrated(el: Locator): Promise<void> {
  await expect
    .poll(() => el.evaluate((node) => Object.keys(node).some((k) => k.startsWith('__reactFiber'))))
    .toBe(true);
}

/** Types an answer into a numeric exercise and presses its Check button. */
export async function answerNumeric(ex: Locator, text: string): Promise<void> {
  const box = ex.getByLabel('Your answer');
  await hydrated(box);
  await box.fill(text);
  await ex.getByRole('button', { name: 'Check' }).click();
}

/**
 * The feedback line under an exercise: its role=status paragraph (a challenge's figure has
 * status regions of its own, hence the class).
 */
export function feedback(ex: Locator): Locator {
  return ex.getByRole('status').and(ex.locator('.feedback'));
}

/** A progress bar ("Progress in this lesson", "Progress in the course", …). */
export function progressBar(page: Page, label: string): Locator {
  return page.getByRole('progressbar', { name: label });
}

/** "n of N exercises solved" on the bar, as a pattern (N is whatever the course has). */
export function solvedCount(n: number): RegExp {
  return new RegExp(`^${n} of \\d+ exercises solved$`);
}

/** Clicks `trigger` and returns the file it downloads, with its text. */
export async function downloadFrom(
  page: Page,
  trigger: Locator,
): Promise<{ download: Download; name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = await download.path();
  return { download, name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/**
 * Moves a range input to `target` with the arrow keys only, as a keyboard user would, and waits
 * until the input shows it. The step comes from the input's own `step` attribute.
 */
export async function setRangeWithKeyboard(slider: Locator, target: number): Promise<void> {
  const step = Number(await slider.getAttribute('step'));
  const current = Number(await slider.inputValue());
  const presses = Math.round((target - current) / step);
  await slider.focus();
  for (let i = 0; i < Math.abs(presses); i++)
    await slider.press(presses > 0 ? 'ArrowRight' : 'ArrowLeft');
  await expect(slider).toHaveValue(String(target));
}

/** CSV text → rows of cells (enough for the grade CSV: quoted cells, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** The CSV as one object per student row, keyed by the header (past the byte-order mark). */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}
