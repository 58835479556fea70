import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // The classroom kit and the SCORM package have their own config (playwright.classroom.config.ts),
  // run after the exports.
  testIgnore: ['**/classroom.spec.ts', '**/scorm.spec.ts', '**/scorm-download.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // Playwright empties its output folder at start; a folder of its own keeps the other reports.
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}/`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.mjs --dir out --port ${port}${basePath ? ` --base ${basePath}` : ''}`,
    url: `http://127.0.0.1:${port}${basePath}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
