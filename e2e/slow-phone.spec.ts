import type { CDPSession } from '@playwright/test';
import { drawEveryFigure, expect, test } from './fixtures';
import { hydrated } from './helpers/journeys';

const LESSON_4 = 'lessons/tuning-the-momentum-rate/';
/** The CPU slowed this much: slower than a low-tier phone on the machines we have seen. */
const SLOWDOWN = 20;
const DRAG_MS = 2500;
const FRAME_MS = 1000 / 60;

/**
 * Drags from `from` sideways for DRAG_MS, a move every frame on the clock (a finger does not wait
 * for the page), and returns what `read` says while the button is still down. The input goes
 * straight through the DevTools protocol: as Playwright actions, each move would also be recorded
 * in the test's trace, which at this slowdown left the page 7 moves in 2.5 s.
 */
async function dragAndRead<T>(
  cdp: CDPSession,
  from: { x: number; y: number },
  read: () => Promise<T>,
): Promise<T> {
  const mouse = (
    type: 'mousePressed' | 'mouseMoved' | 'mouseReleased',
    x: number,
    buttons: number,
  ) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y: from.y,
      button: 'left',
      buttons,
      clickCount: type === 'mouseMoved' ? 0 : 1,
    });
  await mouse('mousePressed', from.x, 1);
  const start = Date.now();
  const inFlight: Promise<unknown>[] = [];
  for (let i = 1; Date.now() - start < DRAG_MS; i++) {
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, start + i * FRAME_MS - Date.now())),
    );
    const phase = ((Date.now() - start) % 1500) / 1500;
    const sweep = phase < 0.5 ? 2 * phase : 2 - 2 * phase;
    inFlight.push(mouse('mouseMoved', from.x - 120 * sweep, 1));
    if (inFlight.length > 60) await inFlight.shift();
  }
  await Promise.all(inFlight);
  const during = await read();
  await mouse('mouseReleased', from.x, 0);
  return during;
}

test('on a slow phone the trajectory keeps following a drag of β, not only once the finger stops', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(LESSON_4);
  // The inline β in the prose (the bench drags the same one: scripts/bench-ui/targets.mjs).
  const beta = page.locator('[role="slider"][data-param="beta"]').first();
  await hydrated(beta);
  // Every figure drawn first, so the drag does not compete with the page still loading.
  await drawEveryFigure(page);
  await beta.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 120));
  // The momentum trajectory of the first figure on screen below the number.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-run="heavy-ball"] path')].some((p) => {
          const box = p.getBoundingClientRect();
          return box.height > 0 && box.top > 0 && box.bottom < window.innerHeight;
        }),
      ),
    )
    .toBe(true);
  await page.evaluate(() => {
    const path = [...document.querySelectorAll('[data-run="heavy-ball"] path')].find((p) => {
      const box = p.getBoundingClientRect();
      return box.height > 0 && box.top > 0 && box.bottom < window.innerHeight;
    })!;
    const number = document.querySelector('[role="slider"][data-param="beta"]')!;
    const counts = { path: 0, number: 0 };
    new MutationObserver(() => counts.path++).observe(path, {
      attributes: true,
      attributeFilter: ['d'],
    });
    new MutationObserver(() => counts.number++).observe(number, {
      characterData: true,
      childList: true,
      subtree: true,
    });
    Object.assign(window, { __follow: counts });
  });

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  const box = (await beta.boundingBox())!;
  const during = await dragAndRead(
    cdp,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    () =>
      page.evaluate(() => ({
        ...(window as unknown as { __follow: { path: number; number: number } }).__follow,
      })),
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  // The drag reached the number; the figure moved with it several times before the finger lifted
  // (with the deferred render alone it was restarted by every move and stood still).
  expect(during.number, 'β changed during the drag').toBeGreaterThanOrEqual(8);
  expect(during.path, 'the trajectory redrawn during the drag').toBeGreaterThanOrEqual(4);
});
