import type { VFile } from 'vfile';

/**
 * rehype-katex only records a LaTeX error as a warning and renders it in red; a lesson that
 * ships with a red formula is a bug, so this plugin (run after rehype-katex) turns the first
 * such warning into a compile error carrying the line of the formula.
 */
export function rehypeKatexErrors() {
  return (_tree: unknown, file: VFile) => {
    const problem = file.messages.find((m) => m.source === 'rehype-katex');
    if (problem) {
      const place = problem.place ?? undefined;
      const detail = problem.cause instanceof Error ? problem.cause.message : problem.reason;
      file.fail(`LaTeX error: ${detail}`, place);
    }
  };
}
