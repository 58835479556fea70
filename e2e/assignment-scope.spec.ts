import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { expect, expectAccessible, test } from './fixtures';
import { gradeCli, gradeRow, guardedPage } from './helpers/classroom';
import {
  answerNumeric,
  csvRecords,
  downloadFrom,
  exercise,
  feedback,
  LESSON_1,
  progressBar,
  setRangeWithKeyboard,
} from './helpers/journeys';

const ID = 'week-2-tight-budget';
const TITLE = 'Week 2: a tighter budget';

/** The assignment a teacher hands out: the lesson's tuning challenge with 30 steps, not 40. */
const ASSIGNMENT = {
  format: 'momentum-assignment',
  version: 1,
  id: ID,
  title: TITLE,
  due: '2099-12-31',
  exercises: [{ id: 'l1-steep-factor' }, { id: 'l1-tune-gd', overrides: { goal: { steps: 30 } } }],
};

/** A student link, as the builder writes it: `assignment/?a=` + base64url of the JSON. */
function linkTo(assignment: object): string {
  return `assignment/?a=${Buffer.from(JSON.stringify(assignment)).toString('base64url')}`;
}

async function tune(page: Page, alpha: number) {
  const ex = exercise(page, 'l1-tune-gd');
  await setRangeWithKeyboard(ex.getByRole('slider', { name: /α \(step size\)/ }), alpha);
  await ex.getByRole('button', { name: 'Check' }).click();
  return ex;
}

async function handIn(page: Page, name: string, studentId = '') {
  const box = page.getByRole('region', { name: 'Hand in' });
  await box.getByLabel('Your name').fill(name);
  if (studentId) await box.getByLabel(/^Student id/).fill(studentId);
  return downloadFrom(page, box.getByRole('button', { name: 'Download submission file' }));
}

test.describe('an assignment never shows as solved what it will grade 0, and no grade is silent', () => {
  test.describe.configure({ timeout: 300_000 });

  test('lesson answer vs a tighter assignment, a prank link, grading with and without the assignment file, a zip, and Zoë in the CSV', async ({
    page,
    browser,
  }, testInfo) => {
    // 1. Ada solves the challenge in the lesson with α = 1.48: it settles within the lesson's
    //    40 steps, not within the assignment's 30.
    const ada = await guardedPage(browser);
    await ada.page.goto(LESSON_1);
    const inLesson = await tune(ada.page, 1.48);
    await expect(inLesson.getByText('✓ Solved')).toBeVisible();

    // 2. The assignment does not show it solved, and its budget is the assignment's.
    await ada.page.goto(linkTo(ASSIGNMENT));
    await expect(ada.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const inAssignment = exercise(ada.page, 'l1-tune-gd');
    await expect(inAssignment.getByText('Goal: loss below 1e-5 within 30 steps.')).toBeVisible();
    await expect(inAssignment.getByText('✓ Solved')).toHaveCount(0);
    await expect(progressBar(ada.page, 'Progress in this assignment')).toHaveAttribute(
      'aria-valuetext',
      '0 of 2 exercises solved',
    );
    // She answers the assignment with the α that solved the lesson: wrong here…
    await tune(ada.page, 1.48);
    await expect(feedback(inAssignment)).toHaveText(/the goal is 1e-5 within 30 steps$/);
    await expect(feedback(inAssignment)).not.toContainText('hint');
    await answerNumeric(exercise(ada.page, 'l1-steep-factor'), '-0.8');
    await expect(progressBar(ada.page, 'Progress in this assignment')).toHaveAttribute(
      'aria-valuetext',
      '1 of 2 exercises solved',
    );
    const adaFile = await handIn(ada.page, 'Ada Lovelace');
    // …and the lesson keeps its own solved answer.
    await ada.page.goto(LESSON_1);
    await expect(exercise(ada.page, 'l1-tune-gd').getByText('✓ Solved')).toBeVisible();
    await ada.close();

    // 3. Zoë opens a prank link (goal.loss 1e308) first: anything "solves" it there, but the
    //    lesson does not count it; then she solves the real assignment with α = 1.8.
    const zoe = await guardedPage(browser);
    const prank = {
      ...ASSIGNMENT,
      id: 'prank',
      exercises: [{ id: 'l1-tune-gd', overrides: { goal: { loss: 1e308 } } }],
    };
    await zoe.page.goto(linkTo(prank));
    await expect((await tune(zoe.page, 0.52)).getByText('✓ Solved')).toBeVisible();
    await zoe.page.goto(LESSON_1);
    await expect(exercise(zoe.page, 'l1-tune-gd')).toBeVisible();
    await expect(exercise(zoe.page, 'l1-tune-gd').getByText('✓ Solved')).toHaveCount(0);
    await zoe.page.goto(linkTo(ASSIGNMENT));
    await expect((await tune(zoe.page, 1.8)).getByText('✓ Solved')).toBeVisible();
    await answerNumeric(exercise(zoe.page, 'l1-steep-factor'), '-0.8');
    const zoeFile = await handIn(zoe.page, 'Zoë Ndlovu', 's-042');
    await zoe.close();

    const submission = JSON.parse(zoeFile.text);
    expect(submission).toMatchObject({
      version: 2,
      assignmentId: ID,
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      student: { name: 'Zoë Ndlovu', id: 's-042' },
    });

    const inbox = testInfo.outputPath('inbox');
    await mkdir(inbox, { recursive: true });
    const adaPath = path.join(inbox, adaFile.name);
    const zoePath = path.join(inbox, zoeFile.name);
    await writeFile(adaPath, adaFile.text);
    await writeFile(zoePath, zoeFile.text);
    const assignmentPath = testInfo.outputPath(`${ID}.json`);
    await writeFile(assignmentPath, JSON.stringify(ASSIGNMENT, null, 2));

    // 4. The grading page, given only the submissions, refuses and names the assignment.
    await page.goto('grade/');
    const picker = page.getByLabel(/^Submission files/);
    await picker.setInputFiles([adaPath, zoePath]);
    await expect(page.getByRole('alert').filter({ hasText: 'Not graded' })).toHaveText(
      new RegExp(`^Not graded: cannot grade assignment "${ID}" \\(${TITLE}\\) without its file`),
    );
    await expect(page.getByRole('table')).toHaveCount(0);
    // Dropped with them, the assignment file is used: Ada's lesson answer earns nothing here.
    await picker.setInputFiles(assignmentPath);
    await expect(page.getByText(`Graded with the assignment file ${ID}.json`)).toBeVisible();
    await expect(gradeRow(page, 'Ada Lovelace').getByRole('cell').nth(1)).toHaveText('0');
    await expect(gradeRow(page, 'Ada Lovelace').getByRole('cell').nth(2)).toHaveText('1 / 2');
    await expect(gradeRow(page, 'Zoë Ndlovu')).toContainText('s-042');
    await expect(gradeRow(page, 'Zoë Ndlovu').getByRole('cell').nth(2)).toHaveText('2 / 2');
    await expect(
      page.getByRole('table', { name: 'Per exercise' }).getByRole('row', { name: /l1-tune-gd/ }),
    ).toContainText('1 of 2');
    await expectAccessible(page, 'grade page with the assignment dropped among the submissions');
    const csv = await downloadFrom(page, page.getByRole('button', { name: 'Download CSV' }));
    const bytes = await readFile(await csv.download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const pageRows = csvRecords(csv.text);
    expect(pageRows.map((r) => [r.student, r['student id'], r['l1-tune-gd'], r.total])).toEqual([
      ['Ada Lovelace', '', '0', '1'],
      ['Zoë Ndlovu', 's-042', '1', '2'],
    ]);

    // 5. The CLI without the assignment refuses, naming it (exit 2)…
    const refused = gradeCli([inbox]);
    expect(refused.status, refused.stderr).toBe(2);
    expect(refused.stderr).toContain(`cannot grade assignment "${ID}" (${TITLE}) without its file`);
    expect(refused.stdout).toBe('');
    // …and with the assignment file in the folder (no flag) it grades as the page does.
    await writeFile(path.join(inbox, `${ID}.json`), JSON.stringify(ASSIGNMENT));
    const csvPath = testInfo.outputPath('cli.csv');
    const graded = gradeCli([inbox, '--csv', csvPath]);
    expect(graded.status, graded.stderr).toBe(0);
    const cliRows = csvRecords(await readFile(csvPath, 'utf8'));
    expect(cliRows.map(({ file: _f, ...rest }) => rest)).toEqual(
      pageRows.map(({ file: _f, ...rest }) => rest),
    );
    expect((await readFile(csvPath, 'utf8')).startsWith('\uFEFF"student"')).toBe(true);

    // 6. The zip an LMS's "download all" gives grades like the folder.
    const zipPath = testInfo.outputPath('all-submissions.zip');
    await writeFile(
      zipPath,
      zipSync({
        [`${ID}.json`]: strToU8(JSON.stringify(ASSIGNMENT)),
        [`Ada/${adaFile.name}`]: strToU8(adaFile.text),
        [`Zoe/${zoeFile.name}`]: strToU8(zoeFile.text),
      }),
    );
    const zipCsv = testInfo.outputPath('zip.csv');
    const fromZip = gradeCli([zipPath, '--csv', zipCsv]);
    expect(fromZip.status, fromZip.stderr).toBe(0);
    expect(csvRecords(await readFile(zipCsv, 'utf8')).map(({ file: _f, ...rest }) => rest)).toEqual(
      cliRows.map(({ file: _f, ...rest }) => rest),
    );
    await page.reload();
    await page.getByLabel(/^Submission files/).setInputFiles(zipPath);
    await expect(gradeRow(page, 'Ada Lovelace').getByRole('cell').nth(2)).toHaveText('1 / 2');
    await expect(gradeRow(page, 'Zoë Ndlovu').getByRole('cell').nth(2)).toHaveText('2 / 2');
  });
});
