import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * How every Playwright run here starts Chromium: the system's browser when there is one
 * (CHROMIUM_PATH, else Debian's /usr/bin/chromium), Playwright's own otherwise. Without the
 * networking flags Chromium phones home at start, which the offline guard (rightly) reports;
 * the rest let it run as root in a container.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return {
    executablePath: candidates.find((p): p is string => !!p && existsSync(p)),
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
  };
}
