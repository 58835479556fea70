// Types of baseline-page.mjs, for the end-to-end test that checks the benchmark's baseline page.
export const BASELINE_PATH: string;
export function bundleBareSlider(): Promise<string>;
export function siteStylesheets(outDir: string, siteBase: string): string[];
export function baselineHtml(stylesheets: readonly string[]): string;
export function startBaselineServer(options: {
  outDir: string;
  siteBase: string;
}): Promise<{ base: string; close: () => Promise<void> }>;
