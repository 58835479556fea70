import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import { SITE_COURSE_PACKAGE } from './lib/scorm/plan';
import { LMS_DIR } from './scripts/scorm/stage-lms';

/**
 * End-to-end checks of the classroom kit (`npm run export:classroom`): the exported folder
 * served over HTTP at the root, the same folder served under a prefix it was not built for,
 * the same folder opened from disk (file://), and an export built with
 * `--base /sub/path --out classroom/sub` served under that prefix (`npm run test:classroom` makes
 * both exports and runs this; a missing export fails its tests with the command that makes it).
 */
const port = Number(process.env.CLASSROOM_PORT ?? 4183);
const dir = path.resolve(process.env.CLASSROOM_DIR ?? 'classroom/momentum');
const baseDir = path.resolve(process.env.CLASSROOM_BASE_DIR ?? 'classroom/sub/momentum');
const basePath = process.env.CLASSROOM_BASE_PATH ?? '/sub/path';
// The SCORM package (`npm run export:scorm`), staged under a deep LMS path beside a player
// whose window.API is scorm-again's Scorm12API (scripts/scorm/stage-lms.ts).
const scormZip = path.resolve(process.env.SCORM_ZIP ?? 'classroom/momentum-scorm12.zip');
const withScorm = existsSync(scormZip);
// One assignment's package (`npm run export:scorm -- --assignment …`), staged second.
const assignmentZip = path.resolve('classroom/momentum-gradient-descent-basics-scorm12.zip');
const scormZips = [scormZip, ...(existsSync(assignmentZip) ? [assignmentZip] : [])];
const scormDir = LMS_DIR;
// The built site with the course package export:scorm copies into it: the builder's
// "Download for your LMS" (e2e/scorm-download.spec.ts) fetches it from there.
const siteDir = path.resolve('out');
const withSitePackage = existsSync(path.join(siteDir, SITE_COURSE_PACKAGE));

// Ready when the port answers, not when a page does: a missing export is still served (every
// request a 404), so the tests that need it fail, each naming the command that makes it,
// instead of the whole run waiting for a server or a project quietly not existing.
const serve = (folder: string, p: number, base = '') => ({
  command: `node scripts/serve.mjs --dir ${JSON.stringify(folder)} --port ${p}${base ? ` --base ${base}` : ''}`,
  port: p,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
});

export default defineConfig({
  testDir: 'e2e',
  testMatch: 'classroom.spec.ts', // the scorm-lms project runs the scorm specs
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright-classroom.json' }]],
  // Playwright empties its output folder at start; a folder of its own keeps the other reports.
  outputDir: 'test-results/classroom',
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  metadata: {
    classroomDir: dir,
    scormZip,
    classroomBasePath: basePath,
    classroomUrl: `http://127.0.0.1:${port}/`,
    scormSiteUrl: withSitePackage ? `http://127.0.0.1:${port + 4}/` : '',
  },
  projects: [
    // Each project runs the tests tagged for it (see the tags at the top of e2e/classroom.spec.ts).
    {
      name: 'classroom-http',
      grep: /@every-copy|@http-sample|@root-copies|@not-moved|@files/,
      use: { baseURL: `http://127.0.0.1:${port}/` },
    },
    {
      name: 'classroom-file',
      grep: /@every-copy|@every-page|@root-copies|@not-moved/,
      use: { baseURL: `file://${dir}/` },
    },
    // The same folder under a prefix it was not built for: every link is relative.
    {
      name: 'classroom-prefix',
      grep: /@every-copy|@moved-sample/,
      use: { baseURL: `http://127.0.0.1:${port + 1}/moved/here/` },
    },
    {
      name: 'classroom-base',
      grep: /@every-copy|@moved-sample|@not-moved/,
      use: { baseURL: `http://127.0.0.1:${port + 2}${basePath}/` },
    },
    {
      name: 'scorm-lms',
      testMatch: /scorm(-download)?\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${port + 3}/` },
    },
  ],
  webServer: [
    serve(dir, port),
    serve(dir, port + 1, '/moved/here'),
    serve(baseDir, port + 2, basePath),
    withScorm
      ? {
          ...serve(scormDir, port + 3),
          command: `npx --no-install tsx scripts/scorm/stage-lms.ts --dir ${scormDir} ${scormZips.map((z) => `--zip ${JSON.stringify(z)}`).join(' ')} && ${serve(scormDir, port + 3).command}`,
        }
      : serve(scormDir, port + 3),
    serve(siteDir, port + 4),
  ],
});
