/**
 * Benchmarks: `npx tsx scripts/bench.ts` (or `npm run bench`). Each section prints our median
 * time per call beside a naive baseline and PASS/MISS against its target. Add a section by
 * exporting a list of `benchSection(...)` from a file in scripts/bench/ and appending it here.
 * `--strict` makes a missed target exit with status 1.
 */
import { runBench } from './bench/harness';
import { optimSections } from './bench/optim';
import { exprSections } from './bench/expr';
import { networkChallengeTime, networkSections, networkTimeToTarget } from './bench/nn';
import { settleSections } from './bench/settle';
import { builderReachabilityTime } from './bench/builder';

const sectionsOk = runBench([
  ...optimSections,
  ...settleSections,
  ...exprSections,
  ...networkSections,
]);
const networkOk = [networkTimeToTarget(), networkChallengeTime()].every(Boolean);
const builderOk = builderReachabilityTime();
const ok = networkOk && sectionsOk && builderOk;
if (!ok && process.argv.includes('--strict')) process.exitCode = 1;
