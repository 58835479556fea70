/**
 * The assignment builder's reachability check: a grid search of the challenge's own check that
 * runs as the instructor types (in 8 ms slices, so input stays responsive; this is the total
 * time until "N of M settings pass" appears). Timed beside the teacher's key search, the finer
 * grid the builder's coarser one replaces, on each tuning challenge of the course, at its own
 * budget and at the builder's largest budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { checkReachable, MAX_BUILDER_STEPS } from '../../lib/assignments/builder-check';
import { extractExercises, searchGrid, type ParameterSpec } from '../../lib/exercises';
import { formatMs } from './harness';

function challenges(): ParameterSpec[] {
  const dir = 'content/lessons';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((file) => {
      const found = extractExercises(readFileSync(`${dir}/${file}`, 'utf8'), {
        file,
        lesson: file,
      });
      return found.ok ? found.exercises : [];
    })
    .filter((e): e is ParameterSpec => e.kind === 'parameter');
}

/** Median of three timed runs (each is hundreds of ms: the harness's 31 batches would take minutes). */
function median3(fn: () => unknown): number {
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    fn();
    return performance.now() - started;
  });
  return times.sort((a, b) => a - b)[1];
}

export function builderReachabilityTime(): boolean {
  const targetMs = 1500;
  let ok = true;
  for (const spec of challenges()) {
    for (const steps of [spec.goal.steps, MAX_BUILDER_STEPS]) {
      const overrides = { goal: { steps } };
      let reach = checkReachable(spec, overrides);
      const ours = median3(() => (reach = checkReachable(spec, overrides)));
      const key = median3(() => searchGrid(spec, overrides));
      const pass = ours <= targetMs;
      ok &&= pass;
      console.log(
        `builder reachability ${spec.id} (${steps} steps): ${reach.passing} of ${reach.tried} pass in ${formatMs(ours)} | ` +
          `teacher's-key grid ${formatMs(key)} (${(key / ours).toFixed(1)}x) | target <= ${formatMs(targetMs)} | ${pass ? 'PASS' : 'MISS'}`,
      );
    }
  }
  return ok;
}
