/**
 * A tiny benchmark harness: each section times our implementation beside a naive baseline in
 * the same process and prints one plain line with the medians, the ratio and PASS/MISS against
 * a per-call target. Other folders add sections by exporting `benchSection(...)` values and
 * listing them in scripts/bench.ts.
 */

/** One comparison: `fn` (ours) against `baseline`, with a per-call time target in milliseconds. */
export interface BenchSection {
  readonly name: string;
  readonly fn: () => unknown;
  readonly baseline: () => unknown;
  readonly targetMs: number;
}

/** The measured outcome of a section. */
export interface BenchResult {
  readonly name: string;
  readonly oursMs: number;
  readonly baselineMs: number;
  readonly targetMs: number;
  readonly pass: boolean;
}

/** Declares a section; `target` is the per-call budget in milliseconds (0.05 = 50 µs). */
export function benchSection(
  name: string,
  fn: () => unknown,
  baseline: () => unknown,
  target: number,
): BenchSection {
  return { name, fn, baseline, targetMs: target };
}

// Results go here so the engine cannot discard the work as dead code.
let sink: unknown;

/**
 * Median time per call in ms: warm up for ~200 ms (so the JIT has optimised the code), pick a
 * batch size that makes one batch last ≥ 2 ms, then time 31 batches and take the median batch.
 */
export function medianMs(fn: () => unknown): number {
  const warmEnd = performance.now() + 200;
  let calls = 0;
  while (performance.now() < warmEnd) {
    sink = fn();
    calls++;
  }
  const perCall = 200 / Math.max(1, calls);
  const batch = Math.max(1, Math.ceil(2 / perCall));
  const samples: number[] = [];
  for (let s = 0; s < 31; s++) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) sink = fn();
    samples.push((performance.now() - t) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[15];
}

/** Formats milliseconds with a unit that keeps 3 significant digits readable. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  if (ms < 1000) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1000).toPrecision(3)} s`;
}

/** Times one section and prints its line. */
export function runSection(section: BenchSection): BenchResult {
  const oursMs = medianMs(section.fn);
  const baselineMs = medianMs(section.baseline);
  const pass = oursMs <= section.targetMs;
  const ratio = baselineMs / oursMs;
  console.log(
    `${section.name}: ours ${formatMs(oursMs)} | baseline ${formatMs(baselineMs)} | ${ratio.toFixed(1)}x faster | target <= ${formatMs(section.targetMs)} | ${pass ? 'PASS' : 'MISS'}`,
  );
  void sink;
  return { name: section.name, oursMs, baselineMs, targetMs: section.targetMs, pass };
}

/** Runs sections in order, prints a summary line, and returns whether all met their targets. */
export function runBench(sections: readonly BenchSection[]): boolean {
  console.log(`bench: ${sections.length} sections, median time per call (Node ${process.version})`);
  const results = sections.map(runSection);
  const missed = results.filter((r) => !r.pass).length;
  console.log(missed === 0 ? 'bench: all targets met' : `bench: ${missed} target(s) missed`);
  return missed === 0;
}
