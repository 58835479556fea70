// Types of cpu-class.mjs, for its unit test.
export const PHONE_CLASSES: Record<string, { index: number; example: string }>;
export function benchmarkIndexInPage(): number;
export function calibrateRate(
  indexAt: (rate: number) => Promise<number>,
  target: number,
  options?: { maxRate?: number; steps?: number },
): Promise<{ rate: number; index: number; fullSpeedIndex: number }>;
export function rendererIndex(browser: unknown, rate: number): Promise<number>;
