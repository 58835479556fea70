import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startBaselineServer } from '../scripts/bench-ui/baseline-page.mjs';
import { expect, test } from './fixtures';
import {
  answerNumeric,
  downloadFrom,
  exercise,
  feedback,
  LESSON_1,
  progressBar,
} from './helpers/journeys';

// Issue 12: what a mischievous student or a careless teacher can hand the built course. Nothing
// stored, loaded or linked may take a page down, stop saving, or reach the teacher raw.

const LESSON_4 = 'lessons/tuning-the-momentum-rate/';
const LESSON_6 = 'lessons/momentum-on-a-neural-network/';
const BUILT_IN_ASSIGNMENT = 'assignments/gradient-descent-basics/';

const entry = (answer: unknown, over: Record<string, unknown> = {}) => ({
  answer,
  correct: false,
  attempts: 1,
  hintsShown: 0,
  revealed: false,
  updatedAt: 1_000,
  ...over,
});
const solvedSteep = entry({ value: -0.8 }, { correct: true });

/** A progress file holding these exercise entries. */
function progressFile(exercises: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'momentum-progress',
    version: 1,
    progress: { schema: 2, exercises },
  });
}

/** An answer nested `depth` arrays deep, as JSON text. */
const deepAnswer = (depth: number) => `${'['.repeat(depth)}0${']'.repeat(depth)}`;

/** Loads a progress file from the home page's panel and returns the panel's status line. */
async function loadProgress(page: Page, file: string) {
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Your progress' });
  await panel.getByLabel('Load progress from a file').setInputFiles(file);
  return panel;
}

/** A link to an assignment, written by hand as anyone could. */
function assignmentLink(exercises: unknown[]): string {
  const assignment = {
    format: 'momentum-assignment',
    version: 1,
    id: 'hand-made',
    title: 'Hand-made assignment',
    exercises,
  };
  return `assignment/?a=${Buffer.from(JSON.stringify(assignment)).toString('base64url')}`;
}

test.describe('a progress file or stored progress with hostile answers', () => {
  test.describe.configure({ timeout: 120_000 });

  test('an answer nested 100,000 deep is left out with a word, and saving and reset keep working', async ({
    page,
  }, testInfo) => {
    const file = testInfo.outputPath('deep.json');
    await writeFile(
      file,
      progressFile({}).replace(
        '"exercises":{}',
        `"exercises":{"l1-steep-factor":${JSON.stringify(entry(null)).replace('null', deepAnswer(100_000))}}`,
      ),
    );
    const panel = await loadProgress(page, file);
    await expect(panel.getByRole('status')).toHaveText(
      'Nothing was loaded from deep.json: 1 answer in the file could not be read and was left out: l1-steep-factor.',
    );

    await page.goto(LESSON_1);
    const ex = exercise(page, 'l1-max-step');
    await answerNumeric(ex, '0.5');
    await expect(feedback(ex)).toHaveText('Correct.');
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('momentum.progress') ?? 'null'),
    );
    expect(Object.keys(stored.exercises)).toEqual(['l1-max-step']);
    await expect(page.locator('.progress-notice')).toHaveCount(0);

    await page.goto('./');
    await panel.getByRole('button', { name: 'Reset my progress…' }).click();
    await panel.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(panel.getByRole('status')).toHaveText('Progress reset.');
    await expect(panel).toContainText('(0 exercises attempted)');
  });

  test('wrongly typed answers in a file are left out and every page that shows them loads', async ({
    page,
  }, testInfo) => {
    const file = testInfo.outputPath('bad-types.json');
    await writeFile(
      file,
      progressFile({
        'l4-tune-kappa-100': entry({ values: { lr: 'abc' } }),
        'l1-tune-gd': entry({ values: { lr: null } }),
        'nn-train-network': entry({ values: { beta: 'abc' } }),
        'l1-steep-factor': solvedSteep,
      }),
    );
    const panel = await loadProgress(page, file);
    await expect(panel.getByRole('status')).toHaveText(
      "Loaded 1 answer from bad-types.json and merged them with this browser's. 3 answers in the file could not be read and were left out: l4-tune-kappa-100, l1-tune-gd, nn-train-network.",
    );
    for (const [url, heading] of [
      [LESSON_1, 'Why gradient descent oscillates'],
      [LESSON_4, 'Tuning the momentum rate'],
      [LESSON_6, 'Momentum on a neural network'],
      [BUILT_IN_ASSIGNMENT, 'Gradient descent basics'],
    ]) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('section.exercise').first()).toBeVisible();
    }
    await page.goto(LESSON_1);
    await expect(exercise(page, 'l1-steep-factor').getByText('✓ Solved')).toBeVisible();
    await page.goto(LESSON_4);
    const tune = exercise(page, 'l4-tune-kappa-100');
    // The challenge starts from its own α = 1.00, as if nothing were stored.
    await expect(tune.getByRole('textbox', { name: 'α (step size)' })).toHaveValue('1.00');
  });

  test('bad entries an earlier build stored are set aside with a notice, and the rest is kept', async ({
    page,
  }) => {
    const raw = `{"schema":2,"exercises":{"l1-steep-factor":${JSON.stringify(solvedSteep)},"l1-tune-gd":${JSON.stringify(entry({ values: { lr: 'abc' } }))},"l1-max-step":${JSON.stringify(entry(null)).replace('null', deepAnswer(100_000))}}}`;
    await page.addInitScript((stored) => {
      if (sessionStorage.getItem('test.stored')) return;
      localStorage.setItem('momentum.progress', stored);
      sessionStorage.setItem('test.stored', 'yes');
    }, raw);
    await page.goto(LESSON_1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Why gradient descent oscillates',
    );
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(notice).toContainText(
      'Part of your saved progress could not be read (l1-tune-gd, l1-max-step), so it was set aside (kept in this browser as “momentum.progress.corrupt.',
    );
    await expect(notice).toContainText('the rest of your progress is kept.');
    await expect(exercise(page, 'l1-steep-factor').getByText('✓ Solved')).toBeVisible();
    await expect(
      exercise(page, 'l1-tune-gd').getByRole('textbox', { name: 'α (step size)' }),
    ).toHaveValue('1.00');
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('momentum.progress.corrupt.'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(backups).toEqual([raw]);

    const ex = exercise(page, 'l1-max-step');
    await answerNumeric(ex, '0.5');
    await expect(feedback(ex)).toHaveText('Correct.');
    await page.reload();
    await expect(exercise(page, 'l1-max-step').getByText('✓ Solved')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  });

  test('a progress file too large to be one is refused before it is read', async ({
    page,
  }, testInfo) => {
    const file = testInfo.outputPath('huge.json');
    await writeFile(file, ' '.repeat(6_000_000));
    const panel = await loadProgress(page, file);
    await expect(panel.getByRole('status')).toHaveText(
      'huge.json could not be loaded: it is too large to be a progress file (6.0 MB).',
    );
  });

  test('a reset clears answers a file stamped far in the future', async ({ page }, testInfo) => {
    const file = testInfo.outputPath('future.json');
    await writeFile(
      file,
      progressFile({
        'l1-steep-factor': entry({ value: 1 }, { updatedAt: 9e15 }),
        'l1-max-step': entry({ value: 1 }, { updatedAt: 9e15 }),
      }),
    );
    const panel = await loadProgress(page, file);
    await expect(panel).toContainText('(2 exercises attempted)');
    await panel.getByRole('button', { name: 'Reset my progress…' }).click();
    await panel.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(panel.getByRole('status')).toHaveText('Progress reset.');
    await expect(panel).toContainText('(0 exercises attempted)');
    await page.reload();
    await expect(panel).toContainText('(0 exercises attempted)');
  });
});

test.describe('a hand-written assignment link', () => {
  test.describe.configure({ timeout: 120_000 });

  test('an exercise id "constructor" is a missing exercise, not a broken page', async ({
    page,
  }) => {
    await page.goto(assignmentLink([{ id: 'l1-steep-factor' }, { id: 'constructor' }]));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hand-made assignment');
    await expect(page.locator('p[role="alert"]')).toHaveText(
      '1 exercise(s) of this assignment are not in this version of the course: constructor.',
    );
    await expect(progressBar(page, 'Progress in this assignment')).toHaveAttribute(
      'aria-valuetext',
      '0 of 1 exercises solved',
    );
    const ex = exercise(page, 'l1-steep-factor');
    await answerNumeric(ex, '-0.8');
    await expect(feedback(ex)).toHaveText('Correct.');
  });

  test('an exercise that fails while rendering is replaced by a notice; the others still work', async ({
    page,
    guard,
  }) => {
    // A fault injected where only the challenge reaches: formatting its (unusual) loss goal.
    await page.addInitScript(() => {
      const original = Number.prototype.toExponential;
      Number.prototype.toExponential = function (this: number, digits?: number) {
        if (Number(this) === 1.2345e-7) throw new Error('injected fault');
        return original.call(this, digits);
      };
    });
    await page.goto(
      assignmentLink([
        { id: 'l1-steep-factor' },
        { id: 'l1-tune-gd', overrides: { goal: { loss: 1.2345e-7 } } },
      ]),
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hand-made assignment');
    const broken = exercise(page, 'l1-tune-gd');
    await expect(broken).toHaveAttribute('role', 'alert');
    await expect(broken).toContainText('This exercise could not be shown. injected fault.');
    const ex = exercise(page, 'l1-steep-factor');
    await answerNumeric(ex, '-0.8');
    await expect(feedback(ex)).toHaveText('Correct.');
    guard.forgive(/injected fault/);
  });
});

/**
 * A submission with one right answer, by `student`, to an assignment that asks one exercise and
 * changes no settings (so the page grades it without the assignment's file).
 */
function submission(student: string): string {
  return JSON.stringify({
    format: 'momentum-submission',
    version: 2,
    assignmentId: 'gradient-descent-basics',
    assignmentTitle: 'Gradient descent basics',
    exercises: [{ id: 'l1-steep-factor' }],
    student: { name: student },
    createdAt: '2025-03-10T09:00:00.000Z',
    submittedAt: '2025-03-12T18:30:00.000Z',
    answers: {
      'l1-steep-factor': { answer: { value: -0.8 }, correct: true, attempts: 1, updatedAt: 1 },
    },
  });
}

test.describe('the grading page with a careless teacher’s files', () => {
  test.describe.configure({ timeout: 120_000 });

  test('two students’ files of the same name from two folders are both graded, and the page says so', async ({
    page,
  }, testInfo) => {
    const name = 'gradient-descent-basics-alex.json';
    const files = [] as string[];
    for (const [folder, student] of [
      ['monday', 'Alex Xu'],
      ['tuesday', "Bob;=cmd|' /C calc'!A0;"],
    ]) {
      await mkdir(testInfo.outputPath(folder), { recursive: true });
      files.push(testInfo.outputPath(folder, name));
      await writeFile(files.at(-1)!, submission(student));
    }
    await page.goto('grade/');
    const input = page.getByLabel('Submission files');
    await input.setInputFiles(files[0]);
    await input.setInputFiles(files[1]);
    await expect(page.getByText('2 file(s) loaded.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Files loaded twice or renamed' })).toHaveText(
      `Two different files are named ${name}: both are kept, the one added last as “${name} (2)”.`,
    );
    const table = page.getByRole('table', { name: 'Score of each student on each exercise' });
    await expect(table.getByRole('row', { name: /Alex Xu/ })).toContainText(name);
    await expect(table.getByRole('row', { name: /Bob;/ })).toContainText(`${name} (2)`);

    // The same file again replaces its identical copy: still two students, and a word about it.
    await input.setInputFiles(files[0]);
    await expect(page.getByText('2 file(s) loaded.')).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Files loaded twice or renamed' }).getByRole('listitem'),
    ).toHaveText([
      /^Two different files are named/,
      `${name} was loaded again: it replaces the identical copy loaded before.`,
    ]);

    const csv = await downloadFrom(page, page.getByRole('button', { name: 'Download CSV' }));
    const lines = csv.text.split('\r\n');
    expect(lines).toContain(
      `"Bob;'=cmd|' /C calc'!A0;","","${name} (2)","2025-03-12T18:30:00.000Z","",1,1,1,0,"",""`,
    );
    for (const cell of csv.text.split(/[;,\r\n]/)) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

test.describe('the grading page with a mischievous student’s files', () => {
  test('control and bidi characters in a name show as U+FFFD, and a huge file is refused unread', async ({
    page,
  }, testInfo) => {
    const rtl = testInfo.outputPath('rtl.json');
    await writeFile(rtl, submission('Ali\u202ecod.exe\u001b[8m'));
    const big = testInfo.outputPath('big.json');
    await writeFile(big, ' '.repeat(11_000_000));
    await page.goto('grade/');
    await page.getByLabel('Submission files').setInputFiles([rtl, big]);
    const table = page.getByRole('table', { name: 'Score of each student on each exercise' });
    await expect(table.getByRole('rowheader')).toHaveText(['Ali\uFFFDcod.exe\uFFFD[8mrtl.json']);
    await expect(
      page.getByRole('list', { name: 'Files that could not be graded' }).getByRole('listitem'),
    ).toHaveText(['big.json: is too large to be a submission (11.0 MB; at most 10 MB)']);
  });
});

test.describe('benchmark pages stay out of the course', () => {
  test('/bench/ is not in the built site', async ({ page, guard }) => {
    const response = await page.goto('bench/bare-slider/');
    expect(response?.status()).toBe(404);
    guard.forgive(/404/);
  });

  test('the UI benchmark serves its bare-slider baseline page itself, and the slider works', async ({
    page,
    baseURL,
  }) => {
    const server = await startBaselineServer({
      outDir: path.resolve('out'),
      siteBase: new URL(baseURL!).origin,
    });
    try {
      await page.goto(`${server.base}/bench/bare-slider/`);
      const slider = page.locator('#bare-slider');
      await expect(page.locator('output')).toHaveText('1.00');
      await slider.focus();
      await slider.press('ArrowRight');
      await expect(page.locator('output')).toHaveText('1.01');
    } finally {
      await server.close();
    }
  });
});
