import { expect, expectAccessible, test } from './fixtures';

const LESSON_1 = 'lessons/why-gradient-descent-oscillates/';

test.describe('a learner finds their way around the course', () => {
  test('the home page lists the lessons in order with summaries and reading time', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Momentum' })).toBeVisible();
    const lessons = page
      .getByRole('list')
      .filter({ has: page.locator('.lesson-card') })
      .getByRole('listitem');
    await expect(lessons.first()).toContainText('Why gradient descent oscillates');
    await expect(lessons.first()).toContainText(/\d+ min read/);
    await expectAccessible(page, 'home');
  });

  test('home → lesson 1: title, objectives, rendered math and a working table of contents', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('link', { name: /Why gradient descent oscillates/ }).click();
    await expect(page).toHaveURL(new RegExp(`${LESSON_1}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Why gradient descent oscillates',
    );
    await expect(page.getByRole('heading', { name: 'You will learn to' })).toBeVisible();
    expect(await page.locator('.katex').count()).toBeGreaterThan(10);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'The step-size limit' }).click();
    await expect(page).toHaveURL(/#the-step-size-limit$/);
    await expect(page.locator('#the-step-size-limit')).toBeInViewport();
    await expectAccessible(page, 'lesson 1');
  });

  test('next and previous lesson links walk the course in order', async ({ page }) => {
    await page.goto(LESSON_1);
    await expect(page.getByRole('link', { name: /Previous lesson/ })).toHaveCount(0);
    await page.getByRole('link', { name: /Next lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moving averages');
    await expect(page.getByText('Lesson 2 ·')).toBeVisible();
    await page.getByRole('link', { name: /Previous lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Why gradient descent oscillates',
    );
  });

  test('the dark-mode toggle switches the theme and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(LESSON_1);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectAccessible(page, 'lesson 1 in dark mode');
  });

  test('the theme follows the system when the reader has not chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('at 360 px wide nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['./', LESSON_1]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });

  test('an unknown address shows the 404 page with a way back', async ({ page, guard }) => {
    const response = await page.goto('lessons/no-such-lesson/');
    expect(response?.status()).toBe(404);
    // The browser logs the 404 of the page itself; that one is the point of this test.
    guard.forgive(/status of 404/);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the list of lessons' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Momentum' })).toBeVisible();
    await expectAccessible(page, 'after 404');
  });

  test('a lesson reads with JavaScript disabled: prose and math are in the HTML', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON_1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Why gradient descent oscillates',
    );
    expect(await page.locator('.katex-display').count()).toBeGreaterThan(3);
    await context.close();
  });
});
