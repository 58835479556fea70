import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { PageGuard } from '../fixtures';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** A page in a browser of its own (another computer, another student), watched like the fixture's page. */
export async function guardedPage(
  browser: Browser,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const guard = new PageGuard();
  await guard.attach(page);
  return {
    page,
    close: async () => {
      guard.assertClean();
      await context.close();
    },
  };
}

/** `npm run grade` with these arguments, from the repository, as an instructor runs it. */
export function gradeCli(args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const run = spawnSync('npx', ['tsx', 'scripts/grade.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 90_000,
  });
  // npm's own chatter about the machine's config is not the grader's output.
  const stderr = run.stderr
    .split('\n')
    .filter((line) => line && !line.startsWith('npm warn'))
    .join('\n');
  return { status: run.status, stdout: run.stdout, stderr };
}

/** The table row of one student on the grade page. */
export function gradeRow(page: Page, student: string) {
  return page
    .getByRole('table', { name: 'Score of each student on each exercise' })
    .getByRole('row', { name: new RegExp(student) });
}
