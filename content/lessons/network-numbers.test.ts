/**
 * Every number the network lesson (06-momentum-on-a-neural-network.mdx) quotes, recomputed: from
 * the tuning record that scripts/nn/tune.ts wrote (itself held to its rule and partly re-run by
 * lib/nn/tuned-steps.test.ts) and, where cheap, by training again here. Formatted exactly as
 * printed and looked up in the lesson; a hand edit or a changed record fails and names the number.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { checkAnswer, extractExercises, type NetworkSpec } from '@/lib/exercises';
import { chosenEpochs, formatEpochs, formatRatio, formatStep } from '@/lib/nn/lesson-numbers';
import { makeOptimizer } from '@/lib/nn/optim';
import { trainNetwork } from '@/lib/nn/race';
import { DEFAULT_SHAPE, RACE_SEEDS } from '@/lib/nn/settings';
import { shippedDigits } from '@/lib/nn/shipped-digits';
import { tunedRecord, tunedStep } from '@/lib/nn/tuned-steps';
import { medianEpochs, RACE_OPTIMIZERS } from '@/lib/nn/tuning';

const FILE = path.join(process.cwd(), 'content', 'lessons', '06-momentum-on-a-neural-network.mdx');
const source = fs.readFileSync(FILE, 'utf8');
/** The lesson with every run of whitespace collapsed to one space (prose wraps lines). */
const text = source.replace(/\s+/g, ' ');

function expectQuoted(...quotes: string[]): void {
  for (const quote of quotes)
    expect(text.includes(quote), `the lesson quotes “${quote}”`).toBe(true);
}

const full = tunedRecord.batches['0'];
const LABEL = {
  gd: 'gradient descent',
  'heavy-ball': 'momentum (heavy ball)',
  nesterov: 'Nesterov',
  adam: 'Adam',
};
const median = (batch: string, name: (typeof RACE_OPTIMIZERS)[number]) =>
  medianEpochs(chosenEpochs(tunedRecord.batches[batch], name));

describe('lesson 6 (momentum on a neural network) quotes the tuning record', () => {
  it('the full-batch table: each optimizer’s tuned step and its epochs to 90% over three seeds', () => {
    for (const name of RACE_OPTIMIZERS)
      expectQuoted(
        `| ${LABEL[name]} | ${formatStep(full.optimizers[name].chosen as number)} | ${formatEpochs(chosenEpochs(full, name))} |`,
      );
  });

  it('the full-batch verdict: the ratio, the medians, and the slowest momentum seed against the fastest gradient descent one', () => {
    const hb = chosenEpochs(full, 'heavy-ball') as number[];
    const gd = chosenEpochs(full, 'gd') as number[];
    expectQuoted(
      `needs ${formatRatio(gd, hb)} times fewer epochs than tuned gradient descent, ${median('0', 'heavy-ball')} against ${median('0', 'gd')}`,
      `its slowest seed (${Math.max(...hb)} epochs) still beats gradient descent's fastest (${Math.min(...gd)})`,
      `2.3 times fewer epochs`,
    );
    expect(Math.max(...hb)).toBeLessThan(Math.min(...gd));
    expect(formatRatio(gd, hb)).toBe('2.3');
  });

  it('the page’s α starts at momentum’s tuned full-batch step', () => {
    const params = matter(source).data.params as {
      alpha: { value: number };
      beta: { value: number };
    };
    expect(params.alpha.value).toBe(tunedStep('heavy-ball', 0));
    expect(params.beta.value).toBe(tunedRecord.beta);
  });

  it('the control at equal effective step, both ways round', () => {
    const { gdAtMomentumStep, momentumAtGdStep } = full.control;
    expect(gdAtMomentumStep.epochs.every((e) => e === null)).toBe(true);
    expectQuoted(
      `$${formatStep(tunedStep('heavy-ball', 0))}/(1-0.9) = ${formatStep(gdAtMomentumStep.lr)}$, wrecks the network for every seed`,
      `$\\alpha = ${formatStep(tunedStep('gd', 0))} \\times (1-0.9) = ${formatStep(momentumAtGdStep.lr)}$, needs ${formatEpochs(momentumAtGdStep.epochs)} epochs: slower than gradient descent's ${median('0', 'gd')}`,
    );
    expect(medianEpochs(momentumAtGdStep.epochs)).toBeGreaterThan(median('0', 'gd'));
    const thirtyTwo = tunedRecord.batches['32'];
    expectQuoted(
      `the heavy ball at gradient descent's effective step needs ${formatEpochs(thirtyTwo.control.momentumAtGdStep.epochs)} epochs, exactly gradient descent's ${median('32', 'gd')}`,
    );
    expect(medianEpochs(thirtyTwo.control.momentumAtGdStep.epochs)).toBe(median('32', 'gd'));
  });

  it('“wrecks the network”: gradient descent at momentum’s effective step stays at chance for every seed', () => {
    const data = shippedDigits();
    for (const seed of RACE_SEEDS) {
      const run = trainNetwork(
        { shape: DEFAULT_SHAPE, data, batchSize: data.train.n, seed },
        makeOptimizer('gd', { lr: full.control.gdAtMomentumStep.lr }),
        20,
      );
      // Every hidden unit dead: the outputs no longer depend on the digit, loss log 10, 10% right.
      expect(Math.abs(run.losses[20] - Math.log(10)), `seed ${seed}`).toBeLessThan(0.01);
      expect(run.accuracies[20], `seed ${seed}`).toBeCloseTo(0.1, 2);
    }
    expect((1 + tunedRecord.beta) / (1 - tunedRecord.beta)).toBeCloseTo(19, 12);
    expectQuoted('the test accuracy stays at chance, 10%', '$(1+\\beta)/(1-\\beta) = 19$');
  });

  it('the batch-size table and the epochs momentum saves', () => {
    const rows: [string, string][] = [
      ['0', 'full batch (3,000)'],
      ['256', '256'],
      ['32', '32'],
    ];
    for (const [batch, label] of rows) {
      const cells = RACE_OPTIMIZERS.map((name) =>
        formatEpochs(chosenEpochs(tunedRecord.batches[batch], name)),
      );
      expectQuoted(`| ${label} | ${cells.join(' | ')} |`);
    }
    const saved = rows.map(([batch]) => median(batch, 'gd') - median(batch, 'heavy-ball'));
    const ratios = rows.map(([batch]) =>
      formatRatio(
        chosenEpochs(tunedRecord.batches[batch], 'gd'),
        chosenEpochs(tunedRecord.batches[batch], 'heavy-ball'),
      ),
    );
    expectQuoted(
      `shrinks from ${saved[0]} epochs with full batches to ${saved[1]} with batches of 256 and ${saved[2]} with batches of 32`,
      `(${ratios.join(', ')})`,
      `fall from ${saved[0]} with full batches to ${saved[2]} with batches of 32`,
    );
    const hb32 = chosenEpochs(tunedRecord.batches['32'], 'heavy-ball') as number[];
    const gd32 = chosenEpochs(tunedRecord.batches['32'], 'gd') as number[];
    expectQuoted(
      `(${Math.min(...hb32)} to ${Math.max(...hb32)} epochs for momentum, ${Math.min(...gd32)} to ${Math.max(...gd32)} for gradient descent)`,
    );
  });

  it('the challenge’s worked solution passes, settling at the epoch it names', () => {
    const found = extractExercises(source, { file: FILE, lesson: 'momentum-on-a-neural-network' });
    if (!found.ok) throw new Error(found.errors.map((e) => e.message).join('; '));
    const spec = found.exercises.find((e): e is NetworkSpec => e.kind === 'network')!;
    const lr = tunedStep('heavy-ball', 0);
    const seed1 = chosenEpochs(full, 'heavy-ball')[0];
    expect(spec.seed).toBe(RACE_SEEDS[0]);
    expectQuoted(
      `$\\alpha = ${lr}$ and $\\beta = 0.9$, reaches 90% at epoch ${seed1} and stays there`,
    );
    const result = checkAnswer(spec, { values: { lr, beta: 0.9 } });
    expect(result.correct).toBe(true);
    expect(result.message).toContain(`at epoch ${seed1} `);
  });

  it('the data: 3,000 training and 1,000 test digits, 16 hidden units, 3,322 parameters', () => {
    const data = shippedDigits();
    expect(data.train.n).toBe(3000);
    expect(data.test.n).toBe(1000);
    const { inputs, hidden, outputs } = DEFAULT_SHAPE;
    expect(inputs * hidden + hidden + hidden * outputs + outputs).toBe(3322);
    expectQuoted(
      '3,000 of them for training and 1,000 others',
      'feed 16 hidden units',
      'All 3,322 weights',
    );
  });
});
