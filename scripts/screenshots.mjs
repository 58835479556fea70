#!/usr/bin/env node
// Screenshots of pages of a running course server, for looking at what we built:
//   node scripts/screenshots.mjs http://127.0.0.1:3000/ lessons/momentum/ [more paths]
// WIDTHS=1280:light,360:dark (default), FULL=1 for the whole page in segments; PNGs go to /tmp/shots.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
mkdirSync('/tmp/shots', { recursive: true });
const [, , base, ...paths] = process.argv;
const widths = (process.env.WIDTHS ?? '1280:light,360:dark').split(',').map((s) => s.split(':'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
for (const p of paths) {
  for (const [w, theme] of widths) {
    const page = await browser.newPage({
      viewport: { width: Number(w), height: 900 },
      colorScheme: theme,
    });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => r.status() >= 400 && errors.push(r.status() + ' ' + r.url()));
    await page.goto(base + p);
    // Wait for what a reader waits for: fonts, then every figure drawn (no fixed sleep).
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Figures draw as they near the screen: bring each one near first.
    for (const frame of await page.locator('.plot-frame').all()) {
      await frame.scrollIntoViewIfNeeded();
      await frame.locator('.plot-loading').waitFor({ state: 'detached', timeout: 20_000 });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page
      .locator('.plot-loading')
      .first()
      .waitFor({ state: 'detached', timeout: 20_000 })
      .catch(() => {});
    const name = `/tmp/shots/${p.replace(/[^a-z0-9]+/gi, '_')}_${w}_${theme}`;
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const seg = Number(process.env.SEG ?? 1800);
    const count = process.env.FULL === '1' ? Math.ceil(height / seg) : 1;
    for (let i = 0; i < count; i++) {
      await page.screenshot({
        path: `${name}_${i}.png`,
        fullPage: true,
        clip: { x: 0, y: i * seg, width: Number(w), height: Math.min(seg, height - i * seg) },
      });
    }
    console.log(name, count, 'segments;', errors.join(' | '));
    await page.close();
  }
}
await browser.close();
