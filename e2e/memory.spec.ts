import { expect, test } from './fixtures';

declare global {
  interface Window {
    gc?: () => void;
  }
}

async function heapAfterGc(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      window.gc?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  });
}

/*
 * A correctness check, not a speed figure, so it stays here rather than in bench:ui: a leak (a
 * Plotly graph, a listener or a store subscription kept after its figure unmounts) grows the
 * heap with every mount however fast the machine is, while speed depends on the machine. The
 * bound is deliberately loose — 8 MB over 90 mounts — so garbage-collector noise never trips
 * it, yet a figure that leaks even ~100 KB per mount (one retained contour grid is about that)
 * crosses it. Only the test's timeout depends on the machine's load.
 */
test('100 mounts and unmounts of the lessons’ figures do not grow the heap', async ({ page }) => {
  // ~1 min on a quiet machine; 3 min is not enough when two cores also build and test other work.
  test.setTimeout(480_000);
  await page.goto('lessons/why-gradient-descent-oscillates/');
  await expect(page.locator('svg.plot-overlay').first()).toBeVisible();
  const next = page.getByRole('link', { name: /Next lesson/ });
  const previous = page.getByRole('link', { name: /Previous lesson/ });

  const cycle = async () => {
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
      'Why gradient descent oscillates',
    );
    await expect(page.locator('svg.plot-overlay').first()).toBeVisible();
    await previous.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Why gradient descent oscillates',
    );
    await expect(page.locator('svg.plot-overlay').first()).toBeVisible();
  };

  for (let i = 0; i < 5; i++) await cycle(); // warm up caches and lazy chunks
  const baseline = await heapAfterGc(page);
  for (let i = 0; i < 45; i++) await cycle(); // 2 × 50 = 100 mounts in all
  const after = await heapAfterGc(page);
  const growthMb = (after - baseline) / 1e6;
  console.log(
    `heap: ${(baseline / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB after 90 more mounts`,
  );
  expect(growthMb, 'heap growth over 90 mount/unmount cycles, MB').toBeLessThan(8);
});
