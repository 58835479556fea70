// The grid search behind the network lesson's fair races: for each batch choice (full batch,
// 256, 32) and each optimizer (gradient descent, heavy ball, Nesterov, Adam), train the default
// network at eight step sizes a factor √2 apart, each with three seeds, and record when the test
// accuracy settles at or above 90%; the winning step is `chooseStep` of that grid. Then the
// control at equal effective step α/(1 − β): gradient descent at the heavy ball's effective
// step, and the heavy ball at gradient descent's step (α = α_GD·(1 − β)).
// Writes lib/nn/data/tuned-steps.json (lib/nn/tuned-steps.test.ts checks it). About 20 minutes;
// `--batch 0|256|32` redoes one batch choice and keeps the others from the existing record;
// `--only adam,nesterov` (with --batch) redoes just those optimizers of it (and re-chooses the
// others' steps from their recorded runs, by the current rule).
//
//   npx tsx scripts/nn/tune.ts [--batch 0 [--only adam]]
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { shippedDigits } from '../../lib/nn/shipped-digits';
import {
  BATCH_CHOICES,
  DEFAULT_SHAPE,
  RACE_BETA,
  RACE_SEEDS,
  raceEpochs,
  TARGET_ACCURACY,
} from '../../lib/nn/settings';
import {
  chooseStep,
  GRID_POINTS,
  GRID_START,
  measureRun,
  RACE_OPTIMIZERS,
  stepGrid,
  type RaceOptimizer,
} from '../../lib/nn/tuning';
import type { TunedRecord, TunedBatch } from '../../lib/nn/tuned-steps';

const data = shippedDigits();
const shape = DEFAULT_SHAPE;
const started = performance.now();

function seedsAt(optimizer: RaceOptimizer, lr: number, batch: number, beta = RACE_BETA) {
  return RACE_SEEDS.map((seed) => {
    const run = measureRun(data, shape, {
      optimizer,
      lr,
      beta,
      batch,
      seed,
      epochs: raceEpochs(batch),
    });
    return run.settled;
  });
}

const target = new URL('../../lib/nn/data/tuned-steps.json', import.meta.url);
const only = process.argv.indexOf('--batch');
const choices = only >= 0 ? [Number(process.argv[only + 1])] : [...BATCH_CHOICES];
if (!choices.every((c) => (BATCH_CHOICES as readonly number[]).includes(c)))
  throw new Error(`--batch must be one of ${BATCH_CHOICES.join(', ')}`);
const previous: TunedRecord | null =
  only >= 0 ? (JSON.parse(readFileSync(target, 'utf8')) as TunedRecord) : null;
const batches: Record<string, TunedBatch> = { ...previous?.batches };
const onlyAt = process.argv.indexOf('--only');
const redo = new Set<string>(
  onlyAt >= 0 ? process.argv[onlyAt + 1].split(',') : (RACE_OPTIMIZERS as readonly string[]),
);
for (const batch of choices) {
  const kept = previous?.batches[String(batch)];
  const optimizers = { ...kept?.optimizers } as TunedBatch['optimizers'];
  for (const name of RACE_OPTIMIZERS) {
    if (!redo.has(name) && kept) {
      // Kept runs, chosen again by the current rule (it may have changed since they ran).
      optimizers[name] = {
        ...kept.optimizers[name],
        chosen: chooseStep(kept.optimizers[name].grid, raceEpochs(batch)),
      };
      continue;
    }
    const grid = stepGrid(GRID_START[batch][name], GRID_POINTS).map((lr) => ({
      lr,
      epochs: seedsAt(name, lr, batch),
    }));
    const chosen = chooseStep(grid, raceEpochs(batch));
    optimizers[name] = { grid, chosen };
    console.log(
      `batch ${batch || 'full'} ${name}: ${grid.map((g) => `${g.lr}→[${g.epochs.map((e) => e ?? '–').join(',')}]`).join(' ')}; chosen ${chosen}`,
    );
  }
  const hb = optimizers['heavy-ball'].chosen;
  const gd = optimizers.gd.chosen;
  if (hb === null || gd === null) throw new Error(`batch ${batch}: no step settles`);
  const gdAtMomentumStep = Number((hb / (1 - RACE_BETA)).toPrecision(4));
  const momentumAtGdStep = Number((gd * (1 - RACE_BETA)).toPrecision(4));
  const controlStale =
    !kept || kept.optimizers['heavy-ball'].chosen !== hb || kept.optimizers.gd.chosen !== gd;
  batches[String(batch)] = {
    epochs: raceEpochs(batch),
    optimizers,
    control: !controlStale
      ? kept.control
      : {
          gdAtMomentumStep: {
            lr: gdAtMomentumStep,
            epochs: seedsAt('gd', gdAtMomentumStep, batch),
          },
          momentumAtGdStep: {
            lr: momentumAtGdStep,
            epochs: seedsAt('heavy-ball', momentumAtGdStep, batch),
          },
        },
  };
  console.log(`batch ${batch || 'full'} control:`, JSON.stringify(batches[String(batch)].control));
}

const record: TunedRecord = {
  about:
    'Written by scripts/nn/tune.ts: per batch choice (0 = full batch) and optimizer, the epochs at which test accuracy settles at or above the target for each seed (null: never within the run), and the chosen step.',
  shape,
  target: TARGET_ACCURACY,
  beta: RACE_BETA,
  seeds: [...RACE_SEEDS],
  batches,
};
writeFileSync(target, await format(JSON.stringify(record), { parser: 'json' }));
console.log(`wrote ${target.pathname} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
