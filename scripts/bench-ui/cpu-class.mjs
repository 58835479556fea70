// How fast is the renderer we measure? "4× slower" means a mid-range phone only on a machine of
// a given speed: the same build dropped 71% of lesson 2's frames at 4× on one machine and 0.5% on
// a machine about 3× faster. So the benchmark states the renderer's speed on a published scale and
// can pick the slowdown that lands on a phone class instead of a fixed factor.
//
// The scale is Lighthouse's BenchmarkIndex (lighthouse/core/lib/page-functions.js,
// computeBenchmarkIndex): the mean of how many 10,000-character strings the page can build by
// appending per second and how many copies of a 100,000-element integer array it can make per
// second, each divided by 10. Chrome DevTools' CPU calibration uses it to set its throttling
// presets: a mid-tier phone (a Pixel 5) scores about 1000, a low-tier phone (a Moto G4 Power,
// 2022) about 264.

/** Phone classes on the BenchmarkIndex scale, as Chrome DevTools' calibration defines them. */
export const PHONE_CLASSES = {
  'mid-tier': { index: 1000, example: 'a Pixel 5' },
  'low-tier': { index: 264, example: 'a 2022 Moto G4 Power' },
};

/**
 * Runs in the page (pass it to page.evaluate): the renderer's BenchmarkIndex, measured over about
 * one second of wall time, so CPU throttling lowers it.
 */
export function benchmarkIndexInPage() {
  const perSecond = (work) => {
    const start = Date.now();
    let runs = 0;
    // Date.now() is read every tenth run only: reading it every run shifts the score on some CPUs.
    while (runs % 10 !== 0 || Date.now() - start < 500) {
      work(runs);
      runs += 1;
    }
    return Math.round(runs / 10 / ((Date.now() - start) / 1000));
  };
  const strings = perSecond(() => {
    let text = '';
    for (let i = 0; i < 10000; i++) text += 'a';
    if (text.length === 1) throw new Error('unreachable: keeps the loop from being optimised away');
  });
  const left = [];
  const right = [];
  for (let i = 0; i < 100000; i++) left[i] = right[i] = i;
  const copies = perSecond((run) => {
    const [from, to] = run % 2 === 0 ? [left, right] : [right, left];
    for (let i = 0; i < from.length; i++) to[i] = from[i];
  });
  return (strings + copies) / 2;
}

/**
 * The CPU slowdown at which `indexAt(rate)` comes closest to `target`, by bisection on the
 * logarithm of the rate between 1 and `maxRate` (the index falls as the rate rises). Returns the
 * rate (rounded to 0.1) and the index measured there; rate 1 when the machine is already at or
 * below the target.
 */
export async function calibrateRate(indexAt, target, { maxRate = 40, steps = 7 } = {}) {
  const full = await indexAt(1);
  if (full <= target) return { rate: 1, index: full, fullSpeedIndex: full };
  let lo = 0; // log of a rate known to be too fast
  let hi = Math.log(maxRate); // log of a rate assumed too slow
  let best = { rate: 1, index: full };
  for (let step = 0; step < steps; step++) {
    const rate = Math.round(Math.exp((lo + hi) / 2) * 10) / 10;
    const index = await indexAt(rate);
    if (Math.abs(index - target) < Math.abs(best.index - target)) best = { rate, index };
    if (index > target) lo = Math.log(rate);
    else hi = Math.log(rate);
  }
  return { ...best, fullSpeedIndex: full };
}

/** The renderer's BenchmarkIndex with the CPU slowed `rate` times, in a fresh blank page. */
export async function rendererIndex(browser, rate) {
  const page = await browser.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.evaluate(benchmarkIndexInPage); // warms the JIT up: the first run scores low
    return await page.evaluate(benchmarkIndexInPage);
  } finally {
    await page.close();
  }
}
