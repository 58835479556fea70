/**
 * A figure and its paragraph agree. For every figure of every lesson this file computes the live
 * sentence the figure shows when the page opens (lesson defaults and the tag's own props, through
 * the same lib/plot view-models the widgets call), then checks each number the surrounding prose
 * quotes about that figure against it. A figure added to a lesson without an entry here fails,
 * so every new figure is looked at.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseObjective, parseUpdateRule, ruleOptimizer } from '@/lib/expr';
import {
  eigenComponents,
  emaWeights,
  illConditionedBowl,
  trainingProblem,
  type CarFeature,
  type Objective,
  type Optimizer,
} from '@/lib/optim';
import { axisPanels, describePanel } from '@/lib/plot/axis-components';
import { betaSweep, stepsForBeta, sweepView } from '@/lib/plot/beta-sweep';
import { describeTrajectories } from '@/lib/plot/contour-trajectories';
import { describeEma, emaFacts, type EmaSignal } from '@/lib/plot/ema-explorer';
import { lossCurvesView } from '@/lib/plot/loss-curves';
import { describeRateMap } from '@/lib/plot/rate-heatmap';
import { simulateRuns } from '@/lib/plot/runs';
import { createRace } from '@/lib/plot/training-race';
import { describeRace, racers } from '@/lib/plot/race-view';

const LESSONS = path.join(process.cwd(), 'content', 'lessons');
const FIGURES = [
  'ContourTrajectories',
  'LossCurves',
  'AxisComponents',
  'BetaSweep',
  'RateMap',
  'TrainingRace',
  'EmaExplorer',
] as const;
type FigureName = (typeof FIGURES)[number];
type Props = Record<string, unknown>;
type Defaults = Record<string, unknown>;

/** A figure tag in a lesson: its name, props, and the prose of the section it sits in. */
interface FigureTag {
  name: FigureName;
  props: Props;
  /** Whitespace-collapsed text of the `##` section holding the tag. */
  section: string;
  /** The whole lesson, whitespace-collapsed. */
  lesson: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Props of a self-closing tag: name="x", name={json}, bare name (true). */
function parseProps(source: string): Props {
  const props: Props = {};
  const re = /([A-Za-z]+)(?:=("[^"]*"|\{(?:[^{}]|\{[^{}]*\})*\}))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    const [, name, value] = m;
    if (value === undefined) props[name] = true;
    else if (value.startsWith('"')) props[name] = value.slice(1, -1);
    else props[name] = JSON.parse(value.slice(1, -1));
  }
  return props;
}

function lessonFigures(prefix: string): { tags: FigureTag[]; defaults: Defaults } {
  const file = fs.readdirSync(LESSONS).find((f) => f.startsWith(prefix) && f.endsWith('.mdx'))!;
  const source = fs.readFileSync(path.join(LESSONS, file), 'utf8');
  const params = matter(source).data.params as Record<string, { value: unknown }>;
  const defaults = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v.value]));
  const whole = collapse(source);
  const tags: FigureTag[] = [];
  const re = new RegExp(`<(${FIGURES.join('|')})\\b([^>]*)/>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    const from = source.lastIndexOf('\n## ', m.index);
    const next = source.indexOf('\n## ', m.index);
    tags.push({
      name: m[1] as FigureName,
      props: parseProps(m[2]),
      section: collapse(source.slice(Math.max(0, from), next < 0 ? undefined : next)),
      lesson: whole,
    });
  }
  return { tags, defaults };
}

function formula(source: string): Objective {
  const parsed = parseObjective(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.objective;
}

/** The page value a prop binds (a name) or the widget's own fallback. */
function bound<T>(
  props: Props,
  defaults: Defaults,
  prop: string,
  fallbackName: string,
  fallback: T,
): T {
  const name = (props[prop] as string | undefined) ?? fallbackName;
  return (name in defaults ? defaults[name] : fallback) as T;
}

/** The run settings a racing figure reads from its page, as useRunSettings does. */
function runSettings(props: Props, defaults: Defaults, defaultSteps: number) {
  const objective = props.formula
    ? formula(defaults[props.formula as string] as string)
    : illConditionedBowl({ kappa: bound(props, defaults, 'kappa', 'kappa', 10) });
  const lr = bound(props, defaults, 'alpha', 'alpha', 1.5);
  const beta = bound(props, defaults, 'beta', 'beta', 0.6);
  let custom: Optimizer<unknown> | null = null;
  if (props.rule) {
    const rule = parseUpdateRule(defaults[props.rule as string] as string);
    if (!rule.ok) throw new Error(rule.error.message);
    custom = ruleOptimizer(rule.rule, { lr, beta }) as Optimizer<unknown>;
  }
  return {
    objective,
    keys: (props.runs as string[] | undefined) ?? ['gd', 'heavy-ball'],
    custom,
    lr,
    beta,
    steps: bound(props, defaults, 'steps', 'steps', defaultSteps),
    w0: bound(props, defaults, 'start', 'start', [-3.5, 1.5] as [number, number]),
  };
}

/** The sentence (and facts) a figure shows when its page opens. */
function figureState(tag: FigureTag, defaults: Defaults): { sentence: string } {
  const { props } = tag;
  switch (tag.name) {
    case 'ContourTrajectories': {
      const s = runSettings(props, defaults, 40);
      const runs = simulateRuns(s.objective, s.keys, s.custom, { ...s, record: 'full' });
      return {
        sentence: describeTrajectories(runs, s.steps, { level: 1e-6, budget: s.steps, w0: s.w0 }),
      };
    }
    case 'LossCurves': {
      const s = runSettings(props, defaults, 300);
      const runs = simulateRuns(s.objective, s.keys, s.custom, { ...s, level: 1e-6 });
      return { sentence: lossCurvesView(s.objective, runs, { ...s, level: 1e-6 }).sentence };
    }
    case 'AxisComponents': {
      const s = runSettings(props, defaults, 40);
      const runs = simulateRuns(s.objective, s.keys, s.custom, s);
      const panels = axisPanels(s.objective, s.w0)!;
      const series = runs.map((run) => ({
        key: run.key,
        label: run.label,
        coords: eigenComponents(s.objective, run.result).coords,
        status: run.result.status,
        steps: run.result.steps,
      }));
      return { sentence: panels.map((p) => describePanel(p, series, s.steps)).join(' ') };
    }
    case 'BetaSweep': {
      const objective = illConditionedBowl({ kappa: bound(props, defaults, 'kappa', 'kappa', 10) });
      const lr = bound(props, defaults, 'alpha', 'alpha', 1.5);
      const beta = bound(props, defaults, 'beta', 'beta', 0.6);
      const w0 = bound(props, defaults, 'start', 'start', [-3.5, 1.5] as [number, number]);
      const options = { lr, tol: 1e-6, maxSteps: 500 };
      const sweep = betaSweep(objective, w0, { ...options, samples: 100, betaMax: 0.99 });
      const current = stepsForBeta(objective, w0, beta, options);
      return { sentence: sweepView(objective, w0, sweep, current, { ...options, beta }).sentence };
    }
    case 'RateMap': {
      const kappa = bound(props, defaults, 'kappa', 'kappa', 20);
      const start = bound(props, defaults, 'start', 'start', [-3.5, 1.5] as [number, number]);
      return {
        sentence: describeRateMap(
          bound(props, defaults, 'alpha', 'alpha', 1.5),
          bound(props, defaults, 'beta', 'beta', 0.6),
          kappa,
          { start, level: 1e-6, budget: 2000 },
        ),
      };
    }
    case 'TrainingRace': {
      const features = props.features as CarFeature[];
      const problems = {
        standardized: trainingProblem({ features, standardize: true }),
        raw: trainingProblem({ features, standardize: false }),
      };
      const problem = problems.standardized;
      const tuned =
        typeof props.tuned === 'string' ? (defaults[props.tuned] as number) !== 0 : !!props.tuned;
      const alpha = bound(props, defaults, 'alpha', 'alpha', 0.3);
      const beta = bound(props, defaults, 'beta', 'beta', 0.7);
      const batch = (props.batchSize as number | undefined) ?? problem.n;
      const epochs = (props.epochs as number | undefined) ?? 150;
      const list = racers(problem, { tuned, alpha, beta, nesterov: !!props.nesterov });
      const seeds = batch < problem.n ? ((props.seeds as number | undefined) ?? 1) : 1;
      const lanes = Array.from({ length: seeds }, (_, i) => {
        const race = createRace(problem, list, { epochs, batchSize: batch, seed: 1 + i });
        race.advance(epochs);
        return race.lanes;
      });
      return {
        sentence: describeRace({
          problem,
          problems,
          racers: list,
          tuned,
          lanes,
          batch,
          tolerance: (props.tolerance as number | undefined) ?? 0.01,
          window: batch < problem.n ? ((props.window as number | undefined) ?? 1) : 1,
          done: true,
          epochsDone: epochs,
          totalEpochs: epochs,
        }),
      };
    }
    case 'EmaExplorer': {
      const beta = bound(props, defaults, 'beta', 'beta', 0.9);
      return {
        sentence: describeEma(
          beta,
          (props.signal as EmaSignal | undefined) ?? 'alternating',
          !!props.biasCorrection,
          (props.steps as number | undefined) ?? 40,
        ),
      };
    }
  }
}

/**
 * What the figure's sentence says, and what the prose quotes about the same fact: in the figure's
 * own section, or (`anywhere`) elsewhere in the lesson when the paragraph that quotes it is another.
 */
type Claim = { figure: string; prose: string; anywhere?: boolean };

/**
 * The claims of each lesson's figures, in order of appearance. An empty list is a decision (the
 * prose quotes no number about that figure), written down with the reason.
 */
const CLAIMS: Record<string, (() => Claim[])[]> = {
  '01-': [
    // ContourTrajectories: the loss after its 30 steps, and no settling within them.
    () => [
      { figure: 'loss 1.1e-3 after 30 steps', prose: 'the loss is still $0.0011$ after 30 steps' },
      {
        figure: 'not below 10⁻⁶ within 30 steps',
        prose: 'it gets below $10^{-6}$ for good only after 67',
      },
    ],
    // AxisComponents: the steep coordinate flips every step, the shallow one never.
    () => [
      {
        figure: 'gradient descent changed sign 30 times',
        prose: 'The steep coordinate $y$ alternates in sign',
      },
      {
        figure: 'gradient descent never changed sign',
        prose: 'the shallow coordinate $x$ creeps towards zero',
      },
    ],
  ],
  '02-': [
    // The noisy stream: the window the prose names for β = 0.9.
    () => [
      {
        figure: 'looks back about 10 steps',
        prose: 'With $\\beta = 0.9$ the window is 10 steps',
        anywhere: true,
      },
    ],
    // The constant stream through β = 0.99: 1 − 0.99¹⁰ after ten steps.
    () => [
      {
        figure: `a constant 1 reaches ${emaFacts(0.99).constant.toFixed(2)} after 10 steps`,
        prose: `$1 - 0.99^{10} = ${emaFacts(0.99).constant.toFixed(3)}$`,
      },
      {
        figure: `v₁ = ${emaWeights(0.99, 1)[0].toFixed(2)}, pulled towards the starting v₀ = 0`,
        prose: 'its first values are pulled towards zero',
      },
    ],
    // The alternating stream: (1 − β)/(1 + β) at β = 0.9.
    () => [
      {
        figure: `an alternating ±1 shrinks to ±${emaFacts(0.9).alternating.toFixed(3)}`,
        prose: `$a/19 \\approx ${emaFacts(0.9).alternating.toFixed(3)}\\,a$`,
      },
    ],
    // The mixture: no number quoted; the prose describes the shape the sentence's last value shows.
    () => [],
    // The step: its lag of about one window, which bias correction keeps.
    () => [
      {
        figure:
          'the step at k = 10 is followed with a lag of about 10 steps, with or without bias correction',
        prose:
          'The average follows the jump about $1/(1-\\beta)$ steps late. Bias correction does not remove this lag',
      },
    ],
  ],
  '03-': [
    // ContourTrajectories, side by side: momentum settles at 71; gradient descent not in 100.
    () => [
      { figure: 'it stays below 10⁻⁶ from step 71', prose: 'and momentum 71' },
      { figure: 'not below 10⁻⁶ within 100 steps', prose: 'gradient descent needs 288 steps' },
    ],
    // LossCurves: the same settle step, and the per-step rates of the shallow direction.
    () => [
      { figure: 'momentum stays below it from step 71', prose: 'and momentum 71', anywhere: true },
      { figure: 'gradient descent 0.981', prose: '$1 - \\alpha/\\kappa = 0.981$' },
      { figure: 'momentum 0.921', prose: 'momentum by about $0.92$' },
    ],
    // AxisComponents: the steep coordinate flips at every one of the 100 steps under GD.
    () => [
      {
        figure: 'gradient descent changed sign 100 times',
        prose: 'Under gradient descent it flips sign at every step',
      },
    ],
    // ContourTrajectories with the learner's rule (Nesterov) at the opening α = 1.9, β = 0.7.
    () => [
      {
        figure: 'Your rule diverges after 28 steps',
        prose: 'At the opening $\\alpha = 1.9$, $\\beta = 0.7$ it diverges after 28 steps',
        anywhere: true,
      },
    ],
  ],
  '04-': [
    // ContourTrajectories at β = 0.95: the first dip at 146 does not count.
    () => [
      {
        figure: 'it dips below 10⁻⁶ at step 146 but does not stay there within 150 steps',
        prose: 'It first dips below $10^{-6}$ at step 146',
        anywhere: true,
      },
    ],
    // BetaSweep: the figure's own measure, quoted by the paragraph under it.
    () => [
      {
        figure: 'With α = 1.00, β = 0.95 the loss stays within the tolerance from step 273',
        prose: '273 with $\\beta = 0.95$',
      },
      {
        figure: 'the fastest β here is 0.82 (69 steps)',
        prose: 'The fastest $\\beta$ on the grid is 0.82, with 69 steps',
      },
    ],
    // RateMap: the best pair and its rate, and the same β = 0.95 run as the sweep.
    () => [
      {
        figure: 'The best for κ = 100 is α* = 3.31, β* = 0.67 with rate 0.82',
        prose: '$\\alpha^\\star = 3.31$, $\\beta^\\star = 0.67$, and the rate is 0.82',
        anywhere: true,
      },
    ],
    // LossCurves at β = 0.95: the dip the opening question warns about, and the ringing rate √0.95.
    () => [
      {
        figure: 'momentum dips below it at step 146 but does not stay there within 150 steps',
        prose: 'It first dips below $10^{-6}$ at step 146',
        anywhere: true,
      },
      {
        figure: 'momentum 0.975',
        prose: 'With $\\beta = 0.95$ that is 0.975 per step',
        anywhere: true,
      },
    ],
  ],
  '05-': [
    // The tuned full-batch race.
    () => [
      {
        figure:
          'from epoch 97 for gradient descent, 28 for momentum (3.5× fewer) and 18 for Nesterov (5.4× fewer)',
        prose:
          'gradient descent stays within 1% of the best loss from epoch 97, the heavy ball from epoch 28 and Nesterov from epoch 18: measured speed-ups of 3.5 and 5.4',
      },
    ],
    // The minibatch race over five seeds.
    () => [
      {
        figure:
          'gradient descent from epoch 30 (29–31 across seeds), momentum from epoch 13 (12–14), Nesterov from epoch 12',
        prose:
          'Gradient descent gets there from epoch 30 (29–31 across the seeds), the heavy ball from epoch 13 (12–14) and Nesterov from epoch 12',
      },
      {
        figure: '0.86% for momentum (0.76–0.93%)',
        prose: 'hovers 0.86% above the best on average (0.76–0.93% across the five seeds)',
      },
      {
        figure: '0.13% for gradient descent',
        prose: 'gradient descent hovers only 0.13% above the best loss',
      },
      { figure: '0.51% for Nesterov', prose: 'Nesterov with $\\beta = 0.9$ sits at 0.51%' },
      { figure: '8.67% for gradient descent at α/(1 − β)', prose: 'hovers 8.67% above the best' },
    ],
  ],
  // Lesson 06 (the network) trains live; content/lessons/network-numbers.test.ts holds its prose
  // to the tuning record and lib/nn/race-view.test.ts its race sentence.
  '07-': [
    // ContourTrajectories on the typed Rosenbrock: the prose quotes no number about it.
    () => [],
    // LossCurves: the heavy ball's settle step, Nesterov's dip that does not count.
    () => [
      {
        figure: 'momentum stays below it from step 236',
        prose: 'The heavy ball needs 236',
        anywhere: true,
      },
      {
        figure: 'your rule dips below it at step 33 but does not stay there within 400 steps',
        prose: 'its loss is the first to touch $10^{-6}$, at step 33',
        anywhere: true,
      },
    ],
  ],
};

for (const prefix of Object.keys(CLAIMS)) {
  describe(`lesson ${prefix.slice(0, 2)}: each figure's opening sentence agrees with its paragraph`, () => {
    const { tags, defaults } = lessonFigures(prefix);

    it('has a claims entry for every figure on the page', () => {
      expect(tags.map((t) => t.name).length).toBe(CLAIMS[prefix].length);
    });

    tags.forEach((tag, i) => {
      it(`figure ${i + 1}, ${tag.name}: the numbers its paragraph quotes are the ones it shows`, () => {
        const { sentence } = figureState(tag, defaults);
        expect(sentence.length).toBeGreaterThan(0);
        for (const claim of CLAIMS[prefix][i]()) {
          expect(sentence, `the figure should say: ${claim.figure}`).toContain(claim.figure);
          const where = claim.anywhere ? tag.lesson : tag.section;
          expect(where, `the lesson should say: ${claim.prose}`).toContain(claim.prose);
        }
        // A minibatch race trains five seeds: seconds on a busy machine.
      }, 60_000);
    });
  });
}
