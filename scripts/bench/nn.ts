/**
 * Benchmark sections for lib/nn: one full-batch epoch of the default network (16 hidden units)
 * on the 3,000 training digits, beside the obvious implementation (dense pixels, arrays of
 * arrays, fresh arrays for every example); and the wall time to 90% test accuracy.
 */
import { readFileSync } from 'node:fs';
import { checkAnswer, extractExercises, formatExtractError } from '../../lib/exercises';
import { makeOptimizer, settledAbove } from '../../lib/nn/optim';
import {
  createWorkspace,
  initialParameters,
  lossAndGradient,
  parameterLayout,
} from '../../lib/nn/mlp';
import { createRace } from '../../lib/nn/race';
import { DEFAULT_SHAPE, raceEpochs, TARGET_ACCURACY } from '../../lib/nn/settings';
import { shippedDigits } from '../../lib/nn/shipped-digits';
import { tunedStep } from '../../lib/nn/tuned-steps';
import { raceOptimizer, type RaceOptimizer } from '../../lib/nn/tuning';
import { benchSection, formatMs, type BenchSection } from './harness';

const digits = shippedDigits();
const shape = DEFAULT_SHAPE;
const { train } = digits;
const order = Int32Array.from({ length: train.n }, (_, i) => i);

// Ours: one exact-gradient step of the heavy ball over all 3,000 digits (what a full-batch
// epoch of the race costs before its evaluation).
const params = initialParameters(shape, 1);
const grad = new Float64Array(parameterLayout(shape).size);
const ws = createWorkspace(shape);
const kernel = makeOptimizer('heavy-ball', { lr: 0.5, beta: 0.9 }).kernel!(params);
function epoch(): number {
  const loss = lossAndGradient(shape, params, train, order, 0, train.n, grad, ws);
  kernel.step(params, grad, () => {});
  // Keep the weights where they started so every timed call does the same work.
  params.set(start);
  return loss;
}
const start = Float64Array.from(params);

// The baseline: dense 196-pixel inputs, weights as arrays of rows, new arrays per example.
const dense = Array.from({ length: train.n }, (_, i) =>
  Array.from(train.pixels.subarray(i * 196, (i + 1) * 196), (v) => v / 15),
);
const W1 = Array.from({ length: shape.hidden }, (_, j) =>
  Array.from({ length: 196 }, (_, k) => start[k * shape.hidden + j]),
);
const W2 = Array.from({ length: 10 }, (_, c) =>
  Array.from(
    { length: shape.hidden },
    (_, j) => start[196 * shape.hidden + shape.hidden + j * 10 + c],
  ),
);
function naiveEpoch(): number {
  const gW1 = W1.map((row) => row.map(() => 0));
  const gW2 = W2.map((row) => row.map(() => 0));
  let loss = 0;
  for (let i = 0; i < train.n; i++) {
    const x = dense[i];
    const a = W1.map((row) => row.reduce((s, w, k) => s + w * x[k], 0));
    const h = a.map((v) => Math.max(0, v));
    const z = W2.map((row) => row.reduce((s, w, j) => s + w * h[j], 0));
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const sum = e.reduce((s, v) => s + v, 0);
    const p = e.map((v) => v / sum);
    loss -= Math.log(p[train.labels[i]]);
    const dz = p.map((v, c) => v - (c === train.labels[i] ? 1 : 0));
    dz.forEach((d, c) => h.forEach((hj, j) => (gW2[c][j] += d * hj)));
    const dh = h.map((hj, j) => (hj > 0 ? dz.reduce((s, d, c) => s + d * W2[c][j], 0) : 0));
    dh.forEach((d, j) => x.forEach((xk, k) => (gW1[j][k] += d * xk)));
  }
  return loss / train.n + gW1[0][0] + gW2[0][0];
}

export const networkSections: BenchSection[] = [
  benchSection('network: one full-batch epoch (3,000 digits, 196→16→10)', epoch, naiveEpoch, 40),
];

/**
 * Wall time for one optimizer at its tuned step (full batch, seed 1) until the epoch from which
 * its test accuracy stays at or above 90% (the run goes on to its end only to confirm that).
 */
function timeToTarget(name: RaceOptimizer): { ms: number; epochs: number | null } {
  const started = performance.now();
  const race = createRace(
    { shape, data: digits, batchSize: train.n, seed: 1 },
    [{ key: name, optimizer: raceOptimizer(name, tunedStep(name, 0)) }],
    raceEpochs(0),
  );
  const lane = race.lanes[0];
  let reachedMs = NaN;
  while (!race.done()) {
    const before = lane.accuracies.length;
    race.advance(() => lane.accuracies.length > before);
    if (lane.accuracies[lane.accuracies.length - 1] < TARGET_ACCURACY) reachedMs = NaN;
    else if (Number.isNaN(reachedMs)) reachedMs = performance.now() - started;
  }
  return { ms: reachedMs, epochs: settledAbove(lane.accuracies, TARGET_ACCURACY) };
}

/** Prints the time to 90% for momentum beside gradient descent (both tuned), with a target. */
export function networkTimeToTarget(): boolean {
  const momentum = timeToTarget('heavy-ball');
  const plain = timeToTarget('gd');
  const targetMs = 20_000;
  const pass = momentum.ms <= targetMs;
  console.log(
    `network: time to 90% test accuracy, full batch, seed 1, tuned steps: momentum ${formatMs(momentum.ms)} (epoch ${momentum.epochs}) | ` +
      `baseline gradient descent ${formatMs(plain.ms)} (epoch ${plain.epochs}) | ${(plain.ms / momentum.ms).toFixed(1)}x faster | ` +
      `target <= ${formatMs(targetMs)} | ${pass ? 'PASS' : 'MISS'}`,
  );
  return pass;
}

/**
 * The lesson's network challenge, checked as `npm run grade` checks it (training included): one
 * timed run, target about 2 s, with a momentum setting that passes.
 */
export function networkChallengeTime(): boolean {
  const file = 'content/lessons/06-momentum-on-a-neural-network.mdx';
  const found = extractExercises(readFileSync(file, 'utf8'), { file, lesson: 'network' });
  if (!found.ok) throw new Error(found.errors.map(formatExtractError).join('\n'));
  const spec = found.exercises.find((e) => e.kind === 'network');
  if (!spec) throw new Error(`${file} has no NetworkChallenge`);
  checkAnswer(spec, { values: { lr: 0.1, beta: 0.5 } }); // warm-up: JIT and the digits decoded
  const started = performance.now();
  const result = checkAnswer(spec, { values: { lr: tunedStep('heavy-ball', 0), beta: 0.9 } });
  const took = performance.now() - started;
  const targetMs = 2000;
  console.log(
    `network challenge ${spec.id}: one check ${formatMs(took)} (${result.correct ? 'passes' : 'fails'}: ${result.message}) | ` +
      `target <= ${formatMs(targetMs)} | ${took <= targetMs ? 'PASS' : 'MISS'}`,
  );
  return took <= targetMs;
}
