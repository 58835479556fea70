import { readFile, writeFile } from 'node:fs/promises';
import { expect, expectAccessible, test } from './fixtures';
import { gradeCli, gradeRow, guardedPage } from './helpers/classroom';
import {
  answerNumeric,
  csvRecords,
  downloadFrom,
  exercise,
  feedback,
  progressBar,
  setRangeWithKeyboard,
} from './helpers/journeys';

const TITLE = 'Week 1: gradient descent';
/** Ada's row on the grade page: 1, 0, total, hints, solutions seen, when she submitted. */
const ADA_CELLS = ['1', '0', '1 / 2', '0', '—', / UTC$/];

test.describe('an instructor sets an assignment, a student hands it in, the instructor grades it', () => {
  test.describe.configure({ timeout: 240_000 });

  test('build → link → student submits → grade in the browser and with the CLI, which agree; tampering and broken files are caught', async ({
    page,
    browser,
  }, testInfo) => {
    // 1. The instructor builds the assignment.
    await page.goto('assign/');
    await page.getByLabel('Title').fill(TITLE);
    await page.getByRole('checkbox', { name: /^l1-steep-factor\b/ }).check();
    await page.getByRole('checkbox', { name: /^l1-tune-gd\b/ }).check();
    const settings = page.getByRole('group', { name: 'Settings for l1-tune-gd' });
    await expect(settings.getByLabel('Step budget')).toHaveAttribute('placeholder', '40');
    // A tighter budget than the lesson's 40 steps: α must now be near the balanced 1.8.
    await settings.getByLabel('Step budget').fill('30');
    const linkInput = page.getByLabel('Link for students');
    await expect(linkInput).toHaveValue(/\/assignment\/\?a=.+/);
    const link = await linkInput.inputValue();
    await expectAccessible(page, 'assignment builder');

    const assignmentFile = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Download assignment file' }),
    );
    // The id is the title made readable plus a random suffix, so two "Week 1"s never collide.
    const ASSIGNMENT_ID = (JSON.parse(assignmentFile.text) as { id: string }).id;
    expect(ASSIGNMENT_ID).toMatch(/^week-1-gradient-descent-[a-z0-9]{5}$/);
    expect(assignmentFile.name).toBe(`${ASSIGNMENT_ID}.json`);
    expect(JSON.parse(assignmentFile.text)).toEqual({
      format: 'momentum-assignment',
      version: 1,
      id: ASSIGNMENT_ID,
      title: TITLE,
      exercises: [
        { id: 'l1-steep-factor' },
        { id: 'l1-tune-gd', overrides: { goal: { steps: 30 } } },
      ],
    });
    const assignmentPath = testInfo.outputPath(assignmentFile.name);
    await writeFile(assignmentPath, assignmentFile.text);

    // 2. A student, in a browser of their own, opens the link: one right answer, one wrong.
    const student = await guardedPage(browser);
    const s = student.page;
    await s.goto(link);
    await expect(s.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(progressBar(s, 'Progress in this assignment')).toHaveAttribute(
      'aria-valuetext',
      '0 of 2 exercises solved',
    );
    // Assessments carry no hints and no worked solutions.
    await expect(s.getByRole('button', { name: /hint/i })).toHaveCount(0);
    await expect(s.getByRole('button', { name: /Show the solution/ })).toHaveCount(0);

    const steep = exercise(s, 'l1-steep-factor');
    await answerNumeric(steep, '-0.8');
    await expect(feedback(steep)).toHaveText('Correct.');

    const tune = exercise(s, 'l1-tune-gd');
    await expect(tune.getByText('Goal: loss below 1e-5 within 30 steps.')).toBeVisible();
    // α = 1.48 passes the lesson's 40-step version, not this assignment's 30 steps.
    await setRangeWithKeyboard(tune.getByRole('slider', { name: /α \(step size\)/ }), 1.48);
    await tune.getByRole('button', { name: 'Check' }).click();
    await expect(feedback(tune)).toHaveText(/after 30 steps; the goal is 1e-5 within 30 steps$/);
    await expect(progressBar(s, 'Progress in this assignment')).toHaveAttribute(
      'aria-valuetext',
      '1 of 2 exercises solved',
    );

    const handIn = s.getByRole('region', { name: 'Hand in' });
    await handIn.getByRole('button', { name: 'Download submission file' }).click();
    await expect(handIn.getByRole('status')).toHaveText('Enter your name before submitting.');
    await handIn.getByLabel('Your name').fill('Ada Lovelace');
    const submissionFile = await downloadFrom(
      s,
      handIn.getByRole('button', { name: 'Download submission file' }),
    );
    expect(submissionFile.name).toBe(`${ASSIGNMENT_ID}-ada-lovelace.json`);
    await expect(handIn.getByRole('status')).toHaveText(
      `Saved ${submissionFile.name}: hand this file in to your instructor.`,
    );
    await expectAccessible(s, 'assignment opened from the link');
    await student.close();

    const submission = JSON.parse(submissionFile.text);
    expect(submission).toMatchObject({
      format: 'momentum-submission',
      assignmentId: ASSIGNMENT_ID,
      student: { name: 'Ada Lovelace' },
      answers: {
        'l1-steep-factor': { answer: { value: -0.8 }, correct: true },
        'l1-tune-gd': { answer: { values: { lr: 1.48 } }, correct: false },
      },
    });
    const adaPath = testInfo.outputPath(submissionFile.name);
    await writeFile(adaPath, submissionFile.text);

    // 3. The instructor grades in the browser.
    await page.goto('grade/');
    await page.getByLabel(/^Assignment file/).setInputFiles(assignmentPath);
    await expect(
      page.getByText(`Grading against “${TITLE}” (${ASSIGNMENT_ID}.json).`),
    ).toBeVisible();
    await page.getByLabel('Submission files').setInputFiles(adaPath);
    const table = page.getByRole('table', { name: 'Score of each student on each exercise' });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Student',
      'l1-steep-factor',
      'l1-tune-gd',
      'Total',
      'Hints',
      'Solutions seen',
      'Submitted',
    ]);
    await expect(gradeRow(page, 'Ada Lovelace').getByRole('cell')).toHaveText(ADA_CELLS);
    await expectAccessible(page, 'grade page with one submission');

    const csv = await downloadFrom(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(csv.name).toBe(`${ASSIGNMENT_ID}-grades.csv`);
    const pageRows = csvRecords(csv.text);
    expect(pageRows).toEqual([
      {
        student: 'Ada Lovelace',
        'student id': '',
        file: submissionFile.name,
        'submitted at': submission.submittedAt,
        late: '',
        'l1-steep-factor': '1',
        'l1-tune-gd': '0',
        total: '1',
        max: '2',
        'hints shown': '0',
        'solutions revealed': '',
        flags: '',
      },
    ]);

    // 4. The same files through the command line: the same grades.
    const cliCsvPath = testInfo.outputPath('cli-grades.csv');
    const cli = gradeCli([adaPath, '--assignment', assignmentPath, '--csv', cliCsvPath]);
    expect(cli.stderr, 'grade CLI stderr').toBe('');
    expect(cli.status, `grade CLI exit code; stdout:\n${cli.stdout}`).toBe(0);
    expect(cli.stdout).toContain(`${TITLE} (${ASSIGNMENT_ID}): 1 submission graded`);
    const cliRows = csvRecords(await readFile(cliCsvPath, 'utf8'));
    // Only the file column differs: the CLI names files by their path.
    expect(cliRows.map(({ file: _file, ...rest }) => rest)).toEqual(
      pageRows.map(({ file: _file, ...rest }) => rest),
    );
    expect(cliRows[0].file).toMatch(new RegExp(`${submissionFile.name.replace(/\./g, '\\.')}$`));

    // 5. A hand-edited copy claims the challenge without a passing answer, and a file is broken.
    const forged = structuredClone(submission);
    forged.student.name = 'Mallory';
    forged.answers['l1-tune-gd'] = {
      ...forged.answers['l1-tune-gd'],
      answer: { values: { lr: 1 } },
      correct: true,
    };
    const malloryPath = testInfo.outputPath(`${ASSIGNMENT_ID}-mallory.json`);
    await writeFile(malloryPath, JSON.stringify(forged, null, 2));
    const brokenPath = testInfo.outputPath('broken.json');
    await writeFile(brokenPath, submissionFile.text.slice(0, 120));

    await page.getByLabel('Submission files').setInputFiles([malloryPath, brokenPath]);
    await expect(page.getByText('3 file(s) loaded.')).toBeVisible();
    const problems = page
      .getByRole('list', { name: 'Files that could not be graded' })
      .getByRole('listitem');
    await expect(problems).toHaveCount(1);
    await expect(problems).toHaveText(/^broken\.json: .+/);
    await expect(gradeRow(page, 'Ada Lovelace').getByRole('cell')).toHaveText(ADA_CELLS);
    const mallory = gradeRow(page, 'Mallory').getByRole('cell');
    await expect(mallory).toHaveText(['1', /^0\s*⚠ claimed correct$/, '1 / 2', '0', '—', / UTC$/]);
    // The honest wrong answer is not flagged.
    await expect(gradeRow(page, 'Ada Lovelace')).not.toContainText('claimed correct');
    await expectAccessible(page, 'grade page with a forged and a broken file');

    const csv2 = csvRecords(
      (await downloadFrom(page, page.getByRole('button', { name: 'Download CSV' }))).text,
    );
    expect(csv2.map((r) => [r.student, r['l1-tune-gd'], r.total, r.flags])).toEqual([
      ['Ada Lovelace', '0', '1', ''],
      ['Mallory', '0', '1', 'tampered: l1-tune-gd'],
    ]);

    const cli2 = gradeCli([
      adaPath,
      malloryPath,
      brokenPath,
      '--assignment',
      assignmentPath,
      '--csv',
      testInfo.outputPath('cli-grades-2.csv'),
    ]);
    expect(cli2.status, `stdout:\n${cli2.stdout}\nstderr:\n${cli2.stderr}`).toBe(1);
    const brokenLines = cli2.stderr.split('\n').filter((line) => line.includes('broken.json'));
    expect(brokenLines).toHaveLength(1);
    expect(brokenLines[0]).toMatch(/broken\.json: .+/);
    expect(cli2.stderr).toContain('grade: 1 file rejected');
    expect(cli2.stdout).toContain('2 submissions graded');
    const malloryLine = cli2.stdout.split('\n').find((line) => line.startsWith('Mallory'));
    expect(malloryLine, cli2.stdout).toMatch(/\s1\s+0!\s+1\/2\s+0\s+0$/);
    expect(cli2.stdout).toContain('0! = claimed correct, but the answer fails the re-check');
    const cliRows2 = csvRecords(await readFile(testInfo.outputPath('cli-grades-2.csv'), 'utf8'));
    expect(cliRows2.map(({ file: _file, ...rest }) => rest)).toEqual(
      csv2.map(({ file: _file, ...rest }) => rest),
    );
  });

  test('the built-in assignment page shows its three exercises with the instructor’s settings', async ({
    page,
  }) => {
    await page.goto('assignments/gradient-descent-basics/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Gradient descent basics' }),
    ).toBeVisible();
    for (const id of ['l1-steep-factor', 'l1-max-step', 'l1-tune-gd']) {
      await expect(exercise(page, id)).toBeVisible();
    }
    await expect(page.locator('section.exercise')).toHaveCount(3);
    await expect(page.getByText(/^Exercise [123] · from the lesson/)).toHaveCount(3);
    await expect(
      exercise(page, 'l1-tune-gd').getByText('Goal: loss below 1e-4 within 60 steps.'),
    ).toBeVisible();
    await expect(progressBar(page, 'Progress in this assignment')).toHaveAttribute(
      'aria-valuetext',
      '0 of 3 exercises solved',
    );
    await expect(
      page.getByRole('region', { name: 'Hand in' }).getByLabel('Your name'),
    ).toBeEditable();

    const maxStep = exercise(page, 'l1-max-step');
    await answerNumeric(maxStep, '1/2');
    await expect(feedback(maxStep)).toHaveText('Correct.');
    await expect(progressBar(page, 'Progress in this assignment')).toHaveAttribute(
      'aria-valuetext',
      '1 of 3 exercises solved',
    );
    await expectAccessible(page, 'built-in assignment');
  });
});
