import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

/**
 * A system Chromium when there is one (CHROMIUM_PATH, else Debian's /usr/bin/chromium);
 * otherwise Playwright's own browser, for machines that can download it.
 */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // The classroom kit has its own config (playwright.classroom.config.ts), run after the export.
  testIgnore: ['**/classroom.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      // Without the networking flags Chromium phones home at start, which the offline guard
      // (rightly) would report; the rest make it run as root in a container.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--disable-sync',
        '--no-first-run',
        // Lets the memory test force a garbage collection before reading the heap.
        '--js-flags=--expose-gc',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.mjs --dir out --port ${port}${basePath ? ` --base ${basePath}` : ''}`,
    url: `http://127.0.0.1:${port}${basePath}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
