/**
 * Every number the lessons quote in prose is computed here with the optimizer core (lib/optim)
 * and looked up in the lesson's text, formatted exactly as printed. If the prose and the core
 * ever disagree — a lesson edited by hand, or a change in lib/optim — this file fails and names
 * the number. "Needs N steps", "reaches … in N steps" and "within 1% after N epochs" are all the
 * settle measure: the step from which the loss stays within the tolerance (simulate's
 * `settledAt`, proven past the budget), never the first dip.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import {
  checkFormula,
  checkParameter,
  extractExercises,
  type FormulaSpec,
  type ParameterSpec,
} from '@/lib/exercises';
import { parseObjective, parseUpdateRule, ruleOptimizer } from '@/lib/expr';
import { cars } from '@/lib/data/cars';
import {
  alternatingAmplitude,
  constantAverage,
  effectiveWindow,
  ema,
  emaWeights,
  criticalBeta,
  firstBelow,
  nesterovSpectrumRate,
  optimalNesterov,
  settledBelow,
  gdRate,
  illConditionedBowl,
  mat2Multiply,
  momentumMatrix,
  momentumMatrixPower,
  momentumRoots,
  momentumSpectrumRate,
  optimalGd,
  optimalMomentum,
  stabilityLimit,
  stepsToTolerance,
  trainingProblem,
  type CarFeature,
  type TrainingProblem,
  makeOptimizer,
  momentumRate,
  quadratic,
  simulate,
  unrolledMomentum,
  type OptimizerName,
  type Vector,
} from '@/lib/optim';
import { betaSweep, stepsForBeta } from '@/lib/plot/beta-sweep';
import { emaSignal } from '@/lib/plot/ema-explorer';
import { createRace } from '@/lib/plot/training-race';
import { noiseFloor, racers, settledEpoch, spreadOf } from '@/lib/plot/race-view';

const LESSONS = path.join(process.cwd(), 'content', 'lessons');

/** A lesson's source with every run of whitespace collapsed to one space (prose wraps lines). */
function lesson(prefix: string): string {
  const file = fs.readdirSync(LESSONS).find((f) => f.startsWith(prefix) && f.endsWith('.mdx'));
  if (!file) throw new Error(`no lesson file starting with ${prefix}`);
  return fs.readFileSync(path.join(LESSONS, file), 'utf8').replace(/\s+/g, ' ');
}

/** Asserts that `text` contains each quoted string, naming the first one missing. */
function expectQuoted(text: string, ...quotes: string[]): void {
  for (const q of quotes) expect(text.includes(q), `the lesson should contain: ${q}`).toBe(true);
}

const fixed = (x: number, digits: number) => x.toFixed(digits);

/** `4.2 \\times 10^{-4}`: a number in the LaTeX scientific notation the lessons print. */
function sci(x: number, digits: number): string {
  const [mantissa, exponent] = x.toExponential(digits).split('e');
  return `${mantissa} \\times 10^{${Number(exponent)}}`;
}

/** The ParameterChallenges of a lesson, as the course's own extractor reads them. */
function challenges(prefix: string): Map<string, ParameterSpec> {
  const file = fs.readdirSync(LESSONS).find((f) => f.startsWith(prefix) && f.endsWith('.mdx'))!;
  const result = extractExercises(fs.readFileSync(path.join(LESSONS, file), 'utf8'), {
    file,
    lesson: file,
  });
  if (!result.ok)
    throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  return new Map(
    result.exercises
      .filter((e): e is ParameterSpec => e.kind === 'parameter')
      .map((e) => [e.id, e]),
  );
}

/** Every FormulaAnswer of a lesson. */
function formulaExercises(prefix: string): FormulaSpec[] {
  const file = fs.readdirSync(LESSONS).find((f) => f.startsWith(prefix) && f.endsWith('.mdx'))!;
  const result = extractExercises(fs.readFileSync(path.join(LESSONS, file), 'utf8'), {
    file,
    lesson: file,
  });
  if (!result.ok)
    throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  return result.exercises.filter((e): e is FormulaSpec => e.kind === 'formula');
}

/** A typed formula as an Objective, through the course's own formula engine. */
function formula(source: string) {
  const parsed = parseObjective(source);
  if (!parsed.ok) throw new Error(`${source}: ${parsed.error.message}`);
  return parsed.objective;
}

/** A lesson's declared page values (the frontmatter `params:`), as the page opens. */
function defaults(prefix: string): Record<string, number | string | [number, number]> {
  const file = fs.readdirSync(LESSONS).find((f) => f.startsWith(prefix) && f.endsWith('.mdx'))!;
  const params = matter(fs.readFileSync(path.join(LESSONS, file), 'utf8')).data.params as Record<
    string,
    { value: never }
  >;
  return Object.fromEntries(Object.entries(params).map(([name, spec]) => [name, spec.value]));
}

/**
 * The lessons' bowl ½(x²/κ + y²) run from `start`; with `tol` its `settledAt` is the course's
 * "brings the loss below 10⁻⁶ (for good) in N steps".
 */
function runBowl(
  kappa: number,
  name: OptimizerName,
  lr: number,
  beta: number,
  start: Vector,
  options: { steps: number; tol?: number },
) {
  return simulate(illConditionedBowl({ kappa }), makeOptimizer(name, { lr, beta }), start, options);
}

/** The settle step of a bowl run below `tol` within 5000 steps (throws when it does not settle). */
function settleBowl(
  kappa: number,
  name: OptimizerName,
  lr: number,
  beta: number,
  start: Vector,
  tol = 1e-6,
): number {
  const run = runBowl(kappa, name, lr, beta, start, { steps: 5000, tol });
  if (run.settledAt === null) throw new Error(`${name} α=${lr} β=${beta} does not settle`);
  return run.settledAt;
}

/** Calls `check(α, β, λ)` over a grid of step sizes, momentum rates and curvatures. */
function fcLikeGrid(check: (a: number, b: number, l: number) => void): void {
  for (const a of [0.05, 0.5, 1, 2, 3.5])
    for (const b of [0, 0.3, 0.64, 0.9, 0.99]) for (const l of [0.01, 0.2, 1]) check(a, b, l);
}

/** The first step a bowl run's loss is ≤ tol: the dip the prose warns about. */
function dipBowl(kappa: number, name: OptimizerName, lr: number, beta: number, start: Vector) {
  return firstBelow(runBowl(kappa, name, lr, beta, start, { steps: 5000 }).losses, 1e-6);
}

describe('lesson 1, why gradient descent oscillates, quotes the core', () => {
  const text = lesson('01-');
  const d = defaults('01-');
  const [kappa, lr, steps] = [d.kappa as number, d.alpha as number, d.steps as number];
  const start = d.start as [number, number];

  it('opens on κ = 20, α = 1.8, 30 steps from (−3.5, 1.5)', () => {
    expect([kappa, lr, steps, ...start]).toEqual([20, 1.8, 30, -3.5, 1.5]);
  });

  it('quotes the loss after the figure’s 30 steps and where it settles below 1e-6', () => {
    const run = runBowl(kappa, 'gd', lr, 0, start, { steps });
    expectQuoted(
      text,
      `the loss is still $${fixed(run.losses[steps], 4)}$ after 30 steps, and it gets below $10^{-6}$ for good only after ${settleBowl(kappa, 'gd', lr, 0, start)}`,
    );
  });

  it('quotes the factors of the predict question and of the first exercise', () => {
    expect(gdRate(lr, 1)).toBeCloseTo(0.8, 12);
    expectQuoted(text, `answer={${fixed(1 - lr, 1)}}`, `$1 - 0.9/20 = ${fixed(1 - 0.9 / 20, 3)}$`);
    expectQuoted(text, `$1 - 1.8/20 = ${fixed(1 - 1.8 / 20, 2)}$`);
  });

  it('does not reveal the small-step answer before the predict question asks it', () => {
    const predict = text.indexOf('id="l1-predict-small-step"');
    expect(predict).toBeGreaterThan(0);
    expect(text.slice(0, predict)).not.toMatch(/crawl gets even slower|bouncing stops/);
  });

  it('quotes the best rate at κ = 100 and the steps it needs to shrink the error tenfold', () => {
    const g = optimalGd(0.01, 1);
    expectQuoted(
      text,
      `With $\\kappa = 100$ it is $${fixed(g.rate, 3)}$, and gradient descent needs ${stepsToTolerance(g.rate, 0.1)} steps just to shrink the error tenfold`,
    );
  });

  it('the tuning challenge’s solution quotes the settle step, the loss and the passing range of α', () => {
    const spec = challenges('01-').get('l1-tune-gd')!;
    const balanced = checkParameter(spec, { values: { lr: 1.82 } });
    expect(balanced.correct).toBe(true);
    const detail = balanced.detail as { settledAt: number };
    const at40 = simulate(formula(spec.objective), makeOptimizer('gd', { lr: 1.82 }), spec.start, {
      steps: 40,
    }).losses[40];
    expectQuoted(
      text,
      `The loss then stays below $10^{-5}$ from step ${detail.settledAt} on and is about $${sci(at40, 0)}$ after 40 steps.`,
    );
    const passing: number[] = [];
    for (let i = 5; i <= 220; i++)
      if (checkParameter(spec, { values: { lr: i / 100 } }).correct) passing.push(i / 100);
    for (let j = 1; j < passing.length; j++)
      expect(passing[j] - passing[j - 1]).toBeCloseTo(0.01, 9);
    expectQuoted(
      text,
      `Any $\\alpha$ from ${fixed(passing[0], 2)} to ${fixed(passing[passing.length - 1], 2)} works`,
    );
    expect(checkParameter(spec, { values: { lr: 1 } }).correct).toBe(false);
  });
});

describe('lesson 2, moving averages, quotes the core', () => {
  const text = lesson('02-');

  it('quotes the effective windows 1/(1 − β) for β = 0.9 and 0.99', () => {
    expectQuoted(
      text,
      `With $\\beta = 0.9$ the window is ${fixed(effectiveWindow(0.9), 0)} steps; with $\\beta = 0.99$ it is ${fixed(effectiveWindow(0.99), 0)} steps`,
      `answer={${fixed(effectiveWindow(0.99), 0)}}`,
    );
  });

  it('quotes the weight (1 − β)βʲ of the input five steps back', () => {
    expectQuoted(text, `$0.1 \\cdot 0.9^5 = ${fixed(emaWeights(0.9, 6)[5], 3)}$`);
  });

  it('quotes the weight sums 1 − βᵏ', () => {
    expectQuoted(
      text,
      `$1 - 0.9^{10} = ${fixed(constantAverage(0.9, 10), 3)}$`,
      `$1 - 0.99^{10} = ${fixed(constantAverage(0.99, 10), 3)}$`,
      `$0.99^{100} \\approx ${fixed(1 - constantAverage(0.99, 100), 2)}`,
      `$0.9^{28} = ${fixed(1 - constantAverage(0.9, 28), 3)}$`,
      `$0.9^{29} = ${fixed(1 - constantAverage(0.9, 29), 3)}$`,
      `$0.9^{30} = ${fixed(1 - constantAverage(0.9, 30), 3)}$`,
      `$e^{-3} = ${fixed(Math.exp(-3), 3)}$`,
    );
  });

  it('quotes the alternating amplitude (1 − β)/(1 + β) at β = 0.9 and 0.5', () => {
    const a = alternatingAmplitude(0.9);
    expectQuoted(
      text,
      `$a/${fixed(1 / a, 0)} \\approx ${fixed(a, 3)}\\,a$`,
      `\\frac{0.1}{1.9} \\approx ${fixed(a, 3)}`,
    );
    expect(alternatingAmplitude(0.5)).toBeCloseTo(1 / 3, 12);
    expectQuoted(text, 'With $\\beta = 0.5$ it is a third.');
    const range = text.match(/id="l2-alternating-09" range=\{\[([\d.]+), ([\d.]+)\]\}/);
    expect(range).not.toBeNull();
    expect(a).toBeGreaterThan(Number(range![1]));
    expect(a).toBeLessThan(Number(range![2]));
  });

  it('quotes the faded weight of the window, β^{1/(1−β)} ≈ 1/e ≈ 37%', () => {
    expect(Math.pow(0.99, 100)).toBeCloseTo(Math.exp(-1), 2);
    expect(Math.round(100 * Math.exp(-1))).toBe(37);
    expectQuoted(text, 'have faded to about 37% ($1/e$) of their original weight');
    expect(text).not.toContain('to a third of their original weight');
  });

  it('shows bias correction on a constant stream, and the step’s lag surviving it', () => {
    // The bias-correction figure averages a constant from k = 1; corrected, it is exact at once.
    expectQuoted(text, '<EmaExplorer beta="betaSlow" signal="constant" />');
    const constant = emaSignal('constant', 40);
    const corrected = ema(constant, 0.99, { biasCorrection: true });
    for (const v of corrected) expect(v).toBeCloseTo(1, 12);
    expect(ema(constant, 0.99)[9]).toBeCloseTo(constantAverage(0.99, 10), 12);
    // The step stream keeps its lag with bias correction.
    const step = ema(emaSignal('step', 40), 0.9, { biasCorrection: true });
    expectQuoted(
      text,
      '<EmaExplorer beta="beta" signal="step" />',
      `the corrected average is still only ${fixed(step[19], 3)} at $k = 20$`,
    );
  });

  it('asks the mixture prediction before the figure that answers it, and v₃ without its corrected twin', () => {
    const ask = text.indexOf('id="l2-predict-mixture"');
    const show = text.indexOf('<EmaExplorer beta="beta" signal="constant-plus-alternating" />');
    expect(ask).toBeGreaterThan(0);
    expect(ask).toBeLessThan(show);
    expect(text.slice(0, ask)).not.toContain('settles near the constant part');
    const v3 = text.slice(text.indexOf('id="l2-constant-three"'));
    expect(v3.slice(0, v3.indexOf('<Hints>'))).not.toContain('hat v_3');
  });

  it('quotes the constant average c(1 − βᵏ) and the 29 steps to come within 5%', () => {
    const v3 = 2 * constantAverage(0.9, 3);
    expectQuoted(
      text,
      `answer={${fixed(v3, 3)}}`,
      `= ${fixed(v3, 3)}$`,
      `= 2 \\cdot ${fixed(constantAverage(0.9, 3), 3)}`,
    );
    let k = 0;
    while (constantAverage(0.9, k) < 0.95) k++;
    expectQuoted(
      text,
      `takes ${k} steps before the average is within 5%`,
      `answer={${k}}`,
      `$k = ${k}$`,
    );
    expectQuoted(text, `= ${fixed(Math.log(0.05) / Math.log(0.9), 1)}$`);
  });
});

describe('lesson 3, momentum, quotes the core at the page defaults', () => {
  const text = lesson('03-');
  const d = defaults('03-');
  const [kappa, lr, beta] = [d.kappa as number, d.alpha as number, d.beta as number];
  const start = d.start as [number, number];

  it('opens on κ = 100, α = 1.9, β = 0.7 from (−3.5, 1.5), the settings the prose describes', () => {
    expect([kappa, lr, beta, ...start]).toEqual([100, 1.9, 0.7, -3.5, 1.5]);
  });

  it('quotes the steps gradient descent and momentum need to bring the loss below 1e-6 for good', () => {
    expectQuoted(
      text,
      `gradient descent needs ${settleBowl(kappa, 'gd', lr, 0, start)} steps and momentum ${settleBowl(kappa, 'heavy-ball', lr, beta, start)} (the sentence`,
    );
  });

  it('quotes where each run is along the valley after 20 steps', () => {
    const plain = runBowl(kappa, 'gd', lr, 0, start, { steps: 20 });
    const mom = runBowl(kappa, 'heavy-ball', lr, beta, start, { steps: 20 });
    expectQuoted(
      text,
      `to $x = ${fixed(plain.points.at(20)[0], 2)}$ after 20 steps`,
      `already at $x = ${fixed(mom.points.at(20)[0], 2)}$`,
    );
  });

  it('quotes the per-direction factors: GD 1 − αλ, momentum √β (complex roots) and the shallow rate', () => {
    expectQuoted(
      text,
      `$|1 - \\alpha| = ${fixed(gdRate(lr, 1), 1)}$`,
      `$1 - \\alpha/\\kappa = ${fixed(gdRate(lr, 1 / kappa), 3)}$`,
    );
    expect(momentumRate(lr, beta, 1)).toBeCloseTo(Math.sqrt(beta), 12);
    expectQuoted(
      text,
      `$\\sqrt{\\beta} = ${fixed(momentumRate(lr, beta, 1), 2)}$`,
      `momentum by about $${fixed(momentumRate(lr, beta, 1 / kappa), 2)}$`,
    );
  });

  it('quotes the terminal-velocity factor 1/(1 − β) for β = 0.7 and 0.9', () => {
    expectQuoted(text, `with $\\beta = 0.7$ that is ${fixed(effectiveWindow(0.7), 1)} times`);
    expect(effectiveWindow(0.9)).toBeCloseTo(10, 12);
    expectQuoted(text, 'and with $\\beta = 0.9$ ten times');
  });

  it('quotes momentum surviving α = 2.5 where gradient descent diverges', () => {
    expect(runBowl(kappa, 'gd', 2.5, 0, start, { steps: 5000, tol: 1e-6 }).status).toBe('diverged');
    expectQuoted(
      text,
      `at $\\alpha = 2.5$ and $\\beta = 0.7$ its loss is below $10^{-6}$ for good after ${settleBowl(kappa, 'heavy-ball', 2.5, beta, start)} steps`,
    );
  });

  it('quotes Nesterov against the heavy ball at α = 1, β = 0.9 by settle step, with their first dips and rates, and its divergence at the defaults', () => {
    const nest = settleBowl(kappa, 'nesterov', 1, 0.9, start);
    const hb = settleBowl(kappa, 'heavy-ball', 1, 0.9, start);
    expect(Math.round((10 * hb) / nest) / 10).toBe(1.5);
    expectQuoted(
      text,
      `keeps the loss below $10^{-6}$ from step ${nest} on, where the heavy ball needs ${hb}: about 1.5 times faster, in line with their long-run rates per step, ${fixed(nesterovSpectrumRate(1, 0.9, 1 / kappa, 1), 3)} and ${fixed(momentumSpectrumRate(1, 0.9, 1 / kappa, 1), 3)}.`,
      `their losses dip below $10^{-6}$ at steps ${dipBowl(kappa, 'nesterov', 1, 0.9, start)} and ${dipBowl(kappa, 'heavy-ball', 1, 0.9, start)} and climb back above it`,
    );
    expect(Math.round(hb / nest)).not.toBe(4);
    const wild = runBowl(kappa, 'nesterov', lr, beta, start, { steps: 5000, tol: 1e-6 });
    expect(wild.status).toBe('diverged');
    expectQuoted(text, `it diverges after ${wild.steps} steps`);
  });

  it('the exercises’ answers are the core’s: two heavy-ball steps by hand, and α = α′(1 − β)', () => {
    const oneD = quadratic({ eigenvalues: [1] });
    const run = simulate(oneD, makeOptimizer('heavy-ball', { lr: 0.1, beta: 0.9 }), [1], {
      steps: 2,
    });
    expectQuoted(
      text,
      `answer={${fixed(run.points.at(2)[0], 2)}}`,
      `$0.9^2 = ${fixed(0.9 ** 2, 2)}$`,
    );
    const ema = simulate(
      illConditionedBowl({ kappa }),
      makeOptimizer('ema-momentum', { lr: 0.5, beta: 0.9 }),
      start,
      { steps: 30 },
    );
    const hb = simulate(
      illConditionedBowl({ kappa }),
      makeOptimizer('heavy-ball', { lr: 0.5 * (1 - 0.9), beta: 0.9 }),
      start,
      { steps: 30 },
    );
    for (let k = 0; k <= 30; k++) {
      expect(ema.points.at(k)[0]).toBeCloseTo(hb.points.at(k)[0], 10);
      expect(ema.points.at(k)[1]).toBeCloseTo(hb.points.at(k)[1], 10);
    }
    expectQuoted(
      text,
      `answer={${fixed(0.5 * (1 - 0.9), 2)}}`,
      `\\alpha'(1-\\beta) = 0.5 \\cdot 0.1 = ${fixed(0.5 * (1 - 0.9), 2)}$`,
    );
    // The prose example uses other numbers, so it does not answer the exercise.
    expectQuoted(
      text,
      `an averaged-form step of $\\alpha' = 1$ with $\\beta = 0.99$ is a heavy-ball step of only $\\alpha = ${fixed(1 * (1 - 0.99), 2)}$`,
    );
  });

  it('asks the terminal-velocity prediction before the section that derives it', () => {
    const ask = text.indexOf('id="l3-predict-terminal-velocity"');
    const derive = text.indexOf('and with $\\beta = 0.9$ ten times');
    expect(ask).toBeGreaterThan(0);
    expect(ask).toBeLessThan(derive);
    expectQuoted(text, "the heavy ball's z = v/(1 − β) tends to g/(1 − β) = 10 g");
  });

  it('prints the unrolled sum with a minus sign, and the core agrees with the simulation', () => {
    expectQuoted(
      text,
      'w^{k+1} = w^{0} - \\alpha \\sum_{i=0}^{k} \\frac{1 - \\beta^{\\,k+1-i}}{1 - \\beta}\\, \\nabla f(w^{i})',
    );
    expect(text).not.toMatch(/w\^\{?0\}?\s*\+\s*\\alpha\s*\\sum/);
    const run = runBowl(kappa, 'heavy-ball', lr, beta, start, { steps: 12 });
    const bowl = illConditionedBowl({ kappa });
    const grads = Array.from({ length: 12 }, (_, i) => bowl.grad(Array.from(run.points.at(i))));
    const w = unrolledMomentum(start, grads, lr, beta);
    expect(w[0]).toBeCloseTo(run.points.at(12)[0], 10);
    expect(w[1]).toBeCloseTo(run.points.at(12)[1], 10);
  });
});

describe('lesson 4, tuning the momentum rate, quotes the core', () => {
  const text = lesson('04-');
  const d = defaults('04-');
  const [kappa, lr] = [d.kappa as number, d.alpha as number];
  const start = d.start as [number, number];
  const lo = 1 / kappa;
  const tol = { steps: 5000, tol: 1e-6 };

  it('opens on the bowl κ = 100 at α = 1, β = 0.95, the settings the prose describes', () => {
    expect([kappa, lr, d.beta, ...start]).toEqual([100, 1, 0.95, -3.5, 1.5]);
  });

  it('recalls lesson 3’s speed-up as "a factor of four"', () => {
    const d3 = defaults('03-');
    const s3 = d3.start as [number, number];
    const plain = runBowl(d3.kappa as number, 'gd', d3.alpha as number, 0, s3, tol);
    const mom = runBowl(
      d3.kappa as number,
      'heavy-ball',
      d3.alpha as number,
      d3.beta as number,
      s3,
      tol,
    );
    expect(Math.round((plain.settledAt as number) / (mom.settledAt as number))).toBe(4);
    expectQuoted(
      text,
      'adding momentum $\\beta = 0.7$ cut the steps gradient descent needed by a factor of four',
    );
  });

  it('asks whether more momentum helps before the figures answer it, with settle steps', () => {
    const ask = text.indexOf('id="l4-predict-more-momentum"');
    expect(ask).toBeGreaterThan(0);
    expect(ask).toBeLessThan(text.indexOf('<ContourTrajectories'));
    expect(ask).toBeLessThan(text.indexOf('<BetaSweep'));
    const n81 = settleBowl(kappa, 'heavy-ball', lr, 0.81, start);
    const n95 = settleBowl(kappa, 'heavy-ball', lr, 0.95, start);
    expectQuoted(
      text,
      `the heavy ball with $\\beta = 0.81$ brings the loss below $10^{-6}$ and keeps it there from step ${n81} on`,
      `The run keeps its loss below $10^{-6}$ only from step ${n95} on, instead of ${n81}.`,
      `It first dips below $10^{-6}$ at step ${dipBowl(kappa, 'heavy-ball', lr, 0.95, start)}`,
    );
  });

  it('quotes the β sweep at α = 1 with the figure’s own measure: a millionfold, for good, within 500 steps', () => {
    const sweep = betaSweep(illConditionedBowl({ kappa }), start, { lr, tol: 1e-6, maxSteps: 500 });
    const at = (beta: number) => sweep.steps[Math.round(beta * 100)];
    for (const beta of [0, 0.99]) expect(sweep.missed[Math.round(beta * 100)]).toBe('max-steps');
    const beyond = (beta: number) =>
      stepsForBeta(illConditionedBowl({ kappa }), start, beta, { lr, tol: 1e-6, maxSteps: 5000 });
    const [b0, b99] = [beyond(0), beyond(0.99)];
    if (!b0.reached || !b99.reached) throw new Error('β = 0 and 0.99 settle with a larger budget');
    expectQuoted(
      text,
      `that takes ${at(0.5)} steps with $\\beta = 0.5$, ${at(0.81)} with $\\beta = 0.81$ and ${at(0.95)} with $\\beta = 0.95$`,
      `With $\\beta = 0$ and with $\\beta = 0.99$ it takes longer than the budget: ${b0.steps} and ${b99.steps} steps.`,
      `The fastest $\\beta$ on the grid is ${fixed(sweep.best!.beta, 2)}, with ${sweep.best!.steps} steps.`,
    );
  });

  it('explains why checking Rᵏ at k = 0 and 1 suffices: Cayley–Hamilton', () => {
    const R = momentumMatrix(1, 0.5, lo);
    const [s1, s2] = momentumRoots(1, 0.5, lo).map((r) => r.re);
    const R2 = mat2Multiply(R, R);
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++)
        expect(R2[i][j]).toBeCloseTo((s1 + s2) * R[i][j] - s1 * s2 * (i === j ? 1 : 0), 12);
    expectQuoted(
      text,
      'R^2 = (\\sigma_1 + \\sigma_2) R - \\sigma_1\\sigma_2 I',
      'agree at $k = 0$ and $k = 1$ agree for every $k$',
    );
  });

  it('prints Rᵏ = σ₁ᵏR₁ − σ₂ᵏR₂ with R₁ = (R − σ₂I)/(σ₁ − σ₂), and the core agrees', () => {
    expectQuoted(
      text,
      'R^k = \\sigma_1^k R_1 - \\sigma_2^k R_2',
      'R_1 = \\frac{R - \\sigma_2 I}{\\sigma_1 - \\sigma_2}',
      'R_2 = \\frac{R - \\sigma_1 I}{\\sigma_1 - \\sigma_2}',
    );
    const [a, b, l, k] = [1, 0.5, lo, 7];
    const R = momentumMatrix(a, b, l);
    const [s1, s2] = momentumRoots(a, b, l).map((r) => r.re);
    const power = momentumMatrixPower(a, b, l, k);
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        const eye = i === j ? 1 : 0;
        const r1 = (R[i][j] - s2 * eye) / (s1 - s2);
        const r2 = (R[i][j] - s1 * eye) / (s1 - s2);
        expect(s1 ** k * r1 - s2 ** k * r2).toBeCloseTo(power[i][j], 12);
      }
    }
  });

  it('quotes the three regimes: crawl, ringing at √β, critical damping', () => {
    expectQuoted(
      text,
      `has rate ${fixed(gdRate(lr, lo), 2)} without momentum and ${fixed(momentumRate(lr, 0.5, lo), 2)} with $\\beta = 0.5$`,
    );
    for (const lambda of [lo, 1]) expect(momentumRoots(lr, 0.95, lambda)[0].im).not.toBe(0);
    expect(momentumRate(lr, 0.95, 1)).toBeCloseTo(Math.sqrt(0.95), 12);
    expectQuoted(
      text,
      `$\\beta = 0.95$ that is ${fixed(momentumRate(lr, 0.95, 1), 3)} per step`,
      `$\\sqrt{0.95} = ${fixed(Math.sqrt(0.95), 3)}$`,
    );
    expect(criticalBeta(lr, lo)).toBeCloseTo(0.81, 12);
    expectQuoted(
      text,
      `gradient descent's factor is ${fixed(gdRate(lr, lo), 2)}, while the critical momentum $\\beta = ${fixed(criticalBeta(lr, lo), 2)}$ gives ${fixed(momentumRate(lr, 0.81, lo), 1)}`,
    );
  });

  it('quotes the stability limit 2 + 2β at β = 0.8 in prose and asks it at β = 0.5', () => {
    for (const beta of [0.5, 0.8]) {
      const limit = stabilityLimit(beta, 1);
      expect(momentumRate(limit - 0.01, beta, 1)).toBeLessThan(1);
      expect(momentumRate(limit + 0.01, beta, 1)).toBeGreaterThan(1);
    }
    expectQuoted(
      text,
      `$\\beta = 0.8$, any $\\alpha$ up to ${fixed(stabilityLimit(0.8, 1), 1)} converges`,
      `answer={${fixed(stabilityLimit(0.5, 1), 0)}}`,
      `the boundary is $\\alpha = ${fixed(stabilityLimit(0.5, 1), 0)}$`,
    );
  });

  it('justifies the optimum: the roots multiply to β, so no direction beats √β', () => {
    fcLikeGrid((a, b, l) => {
      const [r1, r2] = momentumRoots(a, b, l);
      const m1 = Math.hypot(r1.re, r1.im);
      const m2 = Math.hypot(r2.re, r2.im);
      expect(m1 * m2).toBeCloseTo(b, 10);
      expect(Math.max(m1, m2)).toBeGreaterThanOrEqual(Math.sqrt(b) - 1e-12);
    });
    expectQuoted(
      text,
      '$|\\sigma_1|\\,|\\sigma_2| = \\beta$ and the larger modulus is at least $\\sqrt{\\beta}$, with equality exactly when the roots are complex or repeated',
    );
  });

  it('quotes the optimal α*, β* and rates for κ = 100', () => {
    const m = optimalMomentum(lo, 1);
    const g = optimalGd(lo, 1);
    expectQuoted(
      text,
      `$\\alpha^\\star = ${fixed(m.lr, 2)}$, $\\beta^\\star = ${fixed(m.beta, 2)}$, and the rate is ${fixed(m.rate, 2)}, where the best gradient descent ($\\alpha = ${fixed(g.lr, 2)}$) manages ${fixed(g.rate, 2)}`,
    );
  });

  it('quotes the steps to shrink the error by 1e-6 for κ = 10 … 10000', () => {
    for (const k of [10, 100, 1000, 10000]) {
      const gd = stepsToTolerance(optimalGd(1 / k, 1).rate, 1e-6);
      const mom = stepsToTolerance(optimalMomentum(1 / k, 1).rate, 1e-6);
      expectQuoted(text, `$\\kappa = ${k}$: gradient descent ${gd} steps, momentum ${mom}`);
    }
  });

  it('quotes a slightly larger β settling before the exact β*, the knife edge, and the misleading snapshot', () => {
    const m = optimalMomentum(lo, 1);
    expectQuoted(
      text,
      `$\\alpha^\\star = ${fixed(m.lr, 3)}$ and $\\beta^\\star = ${fixed(m.beta, 3)}$: its loss stays below $10^{-6}$ from step ${settleBowl(kappa, 'heavy-ball', m.lr, m.beta, start)} on`,
      `$\\beta = 0.7$ has the worse rate, ${fixed(momentumSpectrumRate(m.lr, 0.7, lo, 1), 3)} against ${fixed(m.rate, 3)}, yet its loss stays below $10^{-6}$ from step ${settleBowl(kappa, 'heavy-ball', m.lr, 0.7, start)} on`,
      `at $\\beta = 0.75$ the loss stays below $10^{-6}$ only from step ${settleBowl(kappa, 'heavy-ball', m.lr, 0.75, start)} on, one step after $\\beta^\\star$`,
    );
    expect(settleBowl(kappa, 'heavy-ball', m.lr, 0.75, start)).toBe(
      settleBowl(kappa, 'heavy-ball', m.lr, m.beta, start) + 1,
    );
    const y = runBowl(kappa, 'heavy-ball', m.lr, m.beta, start, { steps: 3 });
    expectQuoted(
      text,
      `from $y = 1.5$ to $${fixed(y.points.get(1, 1), 2)}$, $${fixed(y.points.get(2, 1), 2)}$, $${fixed(y.points.get(3, 1), 2)}$ in the first three steps`,
    );
    expect(momentumRoots(3.31, 0.67, 1)[0].im).toBe(0);
    expectQuoted(
      text,
      `rate worsens to ${fixed(momentumSpectrumRate(3.31, 0.67, lo, 1), 2)}; that run needs ${settleBowl(kappa, 'heavy-ball', 3.31, 0.67, start)}`,
    );
    const snap = runBowl(kappa, 'heavy-ball', m.lr, 0.75, start, { steps: 21 }).losses;
    const best = runBowl(kappa, 'heavy-ball', m.lr, m.beta, start, { steps: 20 }).losses;
    expect(snap[20]).toBeLessThan(snap[19]);
    expect(snap[20]).toBeLessThan(snap[21]);
    expectQuoted(
      text,
      `the loss at step 20 is $${sci(snap[20], 1)}$, far below $\\beta^\\star$'s $${fixed(best[20], 2)}$`,
      `at steps 19 and 21 it is $${sci(snap[19], 1)}$ and $${sci(snap[21], 1)}$`,
    );
  });

  it('the exercises’ answers are the core’s', () => {
    expect(momentumRoots(0.5, 0.81, 1)[0].im).not.toBe(0);
    expectQuoted(text, `id="l4-ringing-rate" answer={${fixed(momentumRate(0.5, 0.81, 1), 1)}}`);
    expectQuoted(text, `id="l4-critical-beta" answer={${fixed(criticalBeta(1, 0.04), 2)}}`);
    expectQuoted(text, 'Which momentum $\\beta$ damps it critically? <Hints>');
    expectQuoted(
      text,
      `rate is $\\sqrt{\\beta} = 1 - 0.2 = ${fixed(momentumRate(1, criticalBeta(1, 0.04), 0.04), 1)}$`,
    );
    // The rate's promise, and the simulation with the repeated root's factor k.
    const oneD = quadratic({ eigenvalues: [0.04] });
    const run = simulate(
      oneD,
      makeOptimizer('heavy-ball', { lr: 1, beta: criticalBeta(1, 0.04) }),
      [1],
      {
        steps: 400,
      },
    );
    const xs = Array.from({ length: run.points.length }, (_, k) => Math.abs(run.points.get(k, 0)));
    expectQuoted(
      text,
      `about ${stepsToTolerance(0.8, 1e-6)} steps instead of ${stepsToTolerance(gdRate(1, 0.04), 1e-6)}`,
      `$|x|$ stays below $10^{-6}$ from step ${settledBelow(xs, 1e-6)} on`,
    );
  });

  it('the ParameterChallenge is solvable, and gradient descent cannot solve it', () => {
    const spec = challenges('04-').get('l4-tune-kappa-100')!;
    const m = optimalMomentum(lo, 1);
    expectQuoted(
      text,
      `$\\alpha^\\star = (2/1.1)^2 = ${fixed(m.lr, 2)}$ and $\\beta^\\star = (9/11)^2 = ${fixed(m.beta, 2)}$`,
    );
    const solutions: [number, number][] = [
      [3.31, 0.67],
      [1, 0.81],
      [3.31, 0.7],
      [3.31, 0.75],
    ];
    const steps = solutions.map(([a, b]) => {
      const r = checkParameter(spec, { values: { lr: a, beta: b } });
      expect(r.correct, `lr ${a}, beta ${b}: ${r.message}`).toBe(true);
      const at = (r.detail as { settledAt: number }).settledAt;
      // The typed surface's check and the bowl's closed-form proof agree on the step.
      expect(at).toBe(settleBowl(kappa, 'heavy-ball', a, b, start));
      return at;
    });
    expectQuoted(
      text,
      `the loss stays below $10^{-6}$ from step ${steps[0]} on (the exact optimum needs ${settleBowl(kappa, 'heavy-ball', m.lr, m.beta, start)}`,
      `(${steps[1]} steps), $\\alpha = 3.31$ with $\\beta = 0.7$ (${steps[2]} steps) or with $\\beta = 0.75$ (${steps[3]} steps)`,
    );
    expect(checkParameter(spec, { values: { ...spec.initial } }).correct).toBe(false);
    let bestGd = Infinity;
    for (let i = 1; i <= 390; i++) {
      const a = i / 100;
      expect(checkParameter(spec, { values: { lr: a, beta: 0 } }).correct).toBe(false);
      const run = runBowl(kappa, 'gd', a, 0, start, tol);
      if (run.settledAt !== null) bestGd = Math.min(bestGd, run.settledAt);
    }
    expect(bestGd).toBeGreaterThan(spec.goal.steps);
    expectQuoted(text, `even its best step size needs ${bestGd} steps`);
  }, 60_000);
});

describe('lesson 5, momentum in real training, quotes the core on the cars regression', () => {
  const text = lesson('05-');
  const d = defaults('05-');
  const five: CarFeature[] = [
    'Weight_in_lbs',
    'Horsepower',
    'Displacement',
    'Acceleration',
    'Year',
  ];
  const two: CarFeature[] = ['Weight_in_lbs', 'Acceleration'];
  const std = trainingProblem({ features: five, standardize: true });
  const raw = trainingProblem({ features: five, standardize: false });
  const lambda = (p: TrainingProblem) => [p.eigenvalues[0], p.eigenvalues[p.dim - 1]] as const;
  const start = std.start as Vector;
  /** Where a full-batch run settles within `rel`·f* of f*: simulate's proven settle epoch. */
  const settleEpoch = (name: OptimizerName, lr: number, beta: number, rel: number) => {
    const r = simulate(std, makeOptimizer(name, { lr, beta }), start, {
      steps: 3000,
      tol: rel * std.minimum,
    });
    if (r.settledAt === null) throw new Error(`${name} does not settle`);
    return r.settledAt;
  };
  /** The minibatch race as the figure runs it: seeds 1–5 of lib/plot's createRace. */
  const minibatchRace = (alpha: number, beta: number) => {
    const list = racers(std, { tuned: false, alpha, beta, nesterov: true });
    const lanes = [1, 2, 3, 4, 5].map((seed) => {
      const race = createRace(std, list, { epochs: 300, batchSize: 32, seed });
      race.advance(300);
      return race.lanes;
    });
    const index = (key: string) => list.findIndex((r) => r.key === key);
    return {
      settle: (key: string) =>
        lanes.map((l) => settledEpoch(l[index(key)].losses, std.minimum, 0.05, 10)),
      floor: (key: string) =>
        spreadOf(lanes.map((l) => 100 * noiseFloor(l[index(key)].losses, std.minimum))),
      /** The least, over the seeds, of the highest single-epoch excess (%) in the second half. */
      leastPeak: (key: string) =>
        Math.min(
          ...lanes.map(
            (l) =>
              (100 * Math.max(...l[index(key)].losses.slice(150).map((x) => x - std.minimum))) /
              std.minimum,
          ),
        ),
    };
  };

  it('quotes the condition numbers of raw, centred, scaled and standardized features, and of another coding of the year', () => {
    const raw2 = trainingProblem({ features: two, standardize: false });
    const std2 = trainingProblem({ features: two, standardize: true });
    const centred = trainingProblem({ features: five, standardize: false, center: true });
    const scaled = trainingProblem({ features: five, standardize: false, scale: true });
    const year70 = trainingProblem({
      features: five,
      standardize: false,
      rows: cars.map((car) => ({ ...car, Year: car.Year - 1900 })),
    });
    expect(centred.kappa).toBeLessThan(scaled.kappa / 1000);
    expectQuoted(
      text,
      `the condition number is $${sci(raw2.kappa, 1)}$; with all five it is $${sci(raw.kappa, 1)}$`,
      `that alone brings $\\kappa$ from $${sci(raw.kappa, 1)}$ down to $${sci(centred.kappa, 1)}$`,
      `on its own it only reaches $${sci(scaled.kappa, 1)}$`,
      `the raw $\\kappa$ falls from $${sci(raw.kappa, 1)}$ to $${sci(year70.kappa, 1)}$`,
      `$\\kappa$ drops from $${sci(raw2.kappa, 1)}$ to ${fixed(std2.kappa, 1)}. With all five features it drops to ${fixed(std.kappa, 0)}:`,
      `With $\\kappa = ${fixed(std.kappa, 0)}$, lesson 4 promises`,
    );
  });

  it('quotes the raw problem’s step-size limit and the hopeless step counts', () => {
    const [lo, hi] = lambda(raw);
    expectQuoted(text, `$\\alpha < 2/\\lambda_{\\max} = ${sci(2 / hi, 1)}$`);
    const gdSteps = stepsToTolerance(optimalGd(lo, hi).rate, 1e-3);
    const momSteps = stepsToTolerance(optimalMomentum(lo, hi).rate, 1e-3);
    expectQuoted(
      text,
      `gradient descent about $${sci(gdSteps, 1)}$ steps and momentum about $${sci(momSteps, 1)}$`,
    );
  });

  it('opens the full-batch race tuned, and quotes each racer’s settle epoch within 1%', () => {
    expect(d.tuned).toBe(1);
    const [lo, hi] = lambda(std);
    const g = optimalGd(lo, hi);
    const m = optimalMomentum(lo, hi);
    const n = optimalNesterov(lo, hi);
    const [eg, em, en] = [
      settleEpoch('gd', g.lr, 0, 0.01),
      settleEpoch('heavy-ball', m.lr, m.beta, 0.01),
      settleEpoch('nesterov', n.lr, n.beta, 0.01),
    ];
    expectQuoted(
      text,
      `Tuned, gradient descent stays within 1% of the best loss from epoch ${eg}, the heavy ball from epoch ${em} and Nesterov from epoch ${en}: measured speed-ups of ${fixed(eg / em, 1)} and ${fixed(eg / en, 1)}.`,
    );
  });

  it('quotes the tuned race to a millionth against the long-run promise √κ, and Nesterov’s rate', () => {
    const [lo, hi] = lambda(std);
    const g = optimalGd(lo, hi);
    const m = optimalMomentum(lo, hi);
    const n = optimalNesterov(lo, hi);
    const promised = Math.log(m.rate) / Math.log(g.rate);
    const loose = [settleEpoch('gd', g.lr, 0, 0.01), settleEpoch('heavy-ball', m.lr, m.beta, 0.01)];
    const tight = [settleEpoch('gd', g.lr, 0, 1e-6), settleEpoch('heavy-ball', m.lr, m.beta, 1e-6)];
    expectQuoted(
      text,
      `The ratio of the logarithms of the two rates is ${fixed(promised, 1)}. The race measures ${fixed(loose[0] / loose[1], 1)} to the 1% mark`,
      `gradient descent needs ${tight[0]} epochs and the heavy ball ${tight[1]}, a speed-up of ${fixed(tight[0] / tight[1], 1)}`,
      `on this quadratic, $1 - 2/\\sqrt{3\\kappa + 1} = ${fixed(n.rate, 3)}$, is worse than the heavy ball's ${fixed(m.rate, 3)}, and to a millionth it needs ${settleEpoch('nesterov', n.lr, n.beta, 1e-6)} epochs`,
      `we measured between ${fixed(loose[0] / loose[1], 1)} and ${fixed(tight[0] / tight[1], 1)} depending on the tolerance, with ${fixed(promised, 1)} promised`,
      `momentum and Nesterov reach 1% of the best loss ${fixed(loose[0] / loose[1], 1)} and ${fixed(loose[0] / settleEpoch('nesterov', n.lr, n.beta, 0.01), 1)} times sooner than gradient descent`,
    );
    const ask = text.indexOf('id="l5-long-run-speedup"');
    expect(ask).toBeLessThan(text.indexOf('The ratio of the logarithms'));
  });

  it('quotes the shared-α race: settle epochs, and gradient descent at the effective step diverging', () => {
    expect([d.alpha, d.beta]).toEqual([0.1, 0.9]);
    const [lr, beta] = [d.alpha as number, d.beta as number];
    const [eg, em, en] = [
      settleEpoch('gd', lr, 0, 0.01),
      settleEpoch('heavy-ball', lr, beta, 0.01),
      settleEpoch('nesterov', lr, beta, 0.01),
    ];
    const limit = 2 / lambda(std)[1];
    expect(Math.round(limit / lr)).toBe(6);
    const effective = lr / (1 - beta);
    expect(effective).toBeGreaterThan(limit);
    expect(
      simulate(std, makeOptimizer('gd', { lr: effective }), start, { steps: 300 }).status,
    ).toBe('diverged');
    expectQuoted(
      text,
      `At the opening values gradient descent stays within 1% from epoch ${eg}, the heavy ball from ${em} and Nesterov from ${en}: ${fixed(eg / em, 1)} and ${fixed(eg / en, 1)} times fewer.`,
      `a sixth of its stability limit $2/\\lambda_{\\max} = ${fixed(limit, 2)}$`,
      `$\\alpha/(1 - \\beta) = ${fixed(effective, 1)}$ (lesson 3)`,
    );
  });

  it('quotes the minibatch race over five seeds: transient within 5% on a 10-epoch average, noise floors and their spread', () => {
    expect([d.alphaMb, d.betaMb]).toEqual([0.02, 0.9]);
    expect(std.n).toBe(392);
    expect(Math.ceil(std.n / 32)).toBe(13);
    expectQuoted(text, 'thirteen steps per epoch', 'each epoch takes thirteen noisy steps');
    const race = minibatchRace(0.02, 0.9);
    const race95 = minibatchRace(0.02, 0.95);
    const mean = (xs: (number | null)[]) => {
      if (xs.some((x) => x === null)) throw new Error('a seed does not settle');
      return spreadOf(xs as number[]);
    };
    const [sg, sh, sn] = [
      mean(race.settle('gd')),
      mean(race.settle('heavy-ball')),
      mean(race.settle('nesterov')),
    ];
    const [fg, fh, fn, fe] = ['gd', 'heavy-ball', 'nesterov', 'gd-effective'].map(race.floor);
    const f95 = race95.floor('heavy-ball');
    expectQuoted(
      text,
      `the heavy ball's loss hovers ${fixed(fh.mean, 2)}% above the best on average (${fixed(fh.min, 2)}–${fixed(fh.max, 2)}% across the five seeds)`,
      `Gradient descent gets there from epoch ${Math.round(sg.mean)} (${sg.min}–${sg.max} across the seeds), the heavy ball from epoch ${Math.round(sh.mean)} (${sh.min}–${sh.max}) and Nesterov from epoch ${Math.round(sn.mean)}: a transient about ${fixed(sg.mean / sh.mean, 1)} times shorter`,
      `gradient descent hovers only ${fixed(fg.mean, 2)}% above the best loss, while the heavy ball hovers ${fixed(fh.mean, 2)}% above it`,
      `with $\\beta = 0.95$ it hovers ${fixed(f95.mean, 2)}% above. Nesterov with $\\beta = 0.9$ sits at ${fixed(fn.mean, 2)}%`,
      `hovers ${fixed(fe.mean, 2)}% above the best, ten times the heavy ball's ${fixed(fh.mean, 2)}%`,
      `the floor grows ${fixed(f95.mean / fh.mean, 1)} times`,
      `from ${fixed(fh.mean, 2)}% to ${fixed(f95.mean, 2)}% above the best loss, averaged over five seeds`,
      `from ${fixed(fh.mean, 2)}% to ${fixed(f95.mean, 2)}% above the best loss.`,
    );
    expect(Math.round(fh.mean / fg.mean)).toBe(7);
    expectQuoted(text, 'seven times higher');
    expect(Math.round(fe.mean / fh.mean)).toBe(10);
    // 1% sits inside the heavy ball's noise band: its floor averages close to it, and in every
    // seed single epochs leap well past it (and past 1% for gradient descent's floor not at all).
    expect(fh.max).toBeGreaterThan(0.5);
    expect(race.leastPeak('heavy-ball')).toBeGreaterThan(2);
    expect(race.leastPeak('gd')).toBeLessThan(1);
    expectQuoted(text, 'and single epochs jump well above that');
    // The equivalence regime: effective step 0.02, λmax·0.02 ≈ 0.07.
    const lmax = lambda(std)[1];
    expectQuoted(
      text,
      `its product with $\\lambda_{\\max}$ is ${fixed(lmax * 0.02, 2)}`,
      `the effective step 0.2 times $\\lambda_{\\max}$ is ${fixed(lmax * 0.2, 2)}`,
    );
    const small = minibatchRace(0.002, 0.9);
    const [hbSmall, gdEff] = [mean(small.settle('heavy-ball')), mean(small.settle('gd-effective'))];
    expect(Math.round(hbSmall.mean)).toBe(Math.round(sg.mean));
    expect(Math.round(gdEff.mean)).toBe(Math.round(sg.mean));
    expectQuoted(
      text,
      `the heavy ball enters the 5% band at epoch ${Math.round(hbSmall.mean)} on average, like gradient descent with $\\alpha = 0.02$ (it even hovers a little lower, ${fixed(small.floor('heavy-ball').mean, 2)}% against ${fixed(fg.mean, 2)}%`,
    );
  }, 60_000);

  it('asks the noise-floor prediction before the numbers that answer it', () => {
    const ask = text.indexOf('id="l5-predict-noise-floor"');
    expect(ask).toBeGreaterThan(0);
    expect(ask).toBeLessThan(text.indexOf('The floors tell the other half'));
  });

  it('the exercises’ answers follow from the formulas', () => {
    expectQuoted(text, `answer={${3000 ** 2 / 15 ** 2}}`);
    const g = optimalGd(1, 65).rate;
    const m = optimalMomentum(1, 65).rate;
    const ratio = Math.log(m) / Math.log(g);
    const range = text.match(/id="l5-long-run-speedup" range=\{\[([\d.]+), ([\d.]+)\]\}/);
    expect(ratio).toBeGreaterThan(Number(range![1]));
    expect(ratio).toBeLessThan(Number(range![2]));
    expectQuoted(
      text,
      `$64/66 = ${fixed(g, 3)}$, so $-\\log r = ${fixed(-Math.log(g), 3)}$`,
      `= ${fixed(m, 3)}$, so $-\\log r = ${fixed(-Math.log(m), 3)}$`,
      `$\\sqrt{65} = ${fixed(Math.sqrt(65), 2)}$`,
    );
  });
});

describe('lesson 7, the playground, quotes the core on typed formulas', () => {
  const text = lesson('07-');
  const d = defaults('07-');
  const rosenbrock = formula(d.objective as string);
  const start = d.start as [number, number];
  const [lr, beta] = [d.alpha as number, d.beta as number];
  const toLoss = (
    objective: ReturnType<typeof formula>,
    name: OptimizerName,
    a: number,
    b: number,
    from: Vector,
    steps = 50_000,
    tol = 1e-6,
  ) =>
    simulate(objective, makeOptimizer(name, { lr: a, beta: b }), from, {
      steps,
      tol,
      target: 0,
    });

  it('opens on the scaled Rosenbrock valley with Nesterov as the learner’s rule', () => {
    expect(d.objective).toBe('((1-x)^2 + 100(y-x^2)^2)/100');
    expect([lr, beta, ...start]).toEqual([0.1, 0.95, -1.5, 2]);
    expect(rosenbrock.f([1, 1])).toBe(0);
  });

  it('quotes the steps each racer needs at the opening settings, the rule run through lib/expr', () => {
    const plain = toLoss(rosenbrock, 'gd', lr, 0, start);
    const hb = toLoss(rosenbrock, 'heavy-ball', lr, beta, start);
    const nest = toLoss(rosenbrock, 'nesterov', lr, beta, start);
    const rule = parseUpdateRule(d.rule as string);
    if (!rule.ok) throw new Error(rule.error.message);
    const typed = simulate(rosenbrock, ruleOptimizer(rule.rule, { lr, beta }), start, {
      steps: 50_000,
      tol: 1e-6,
      target: 0,
    });
    for (const r of [plain, hb, nest, typed]) expect(r.status).toBe('converged');
    expect(typed.settledAt).toBe(nest.settledAt);
    expectQuoted(
      text,
      `gradient descent needs ${plain.settledAt} steps to bring the loss below $10^{-6}$ for good. The heavy ball needs ${hb.settledAt} and Nesterov's rule ${nest.settledAt}.`,
    );
  });

  it('quotes Nesterov’s early dip and late settling against the heavy ball at several levels', () => {
    const whole = simulate(rosenbrock, makeOptimizer('nesterov', { lr, beta }), start, {
      steps: 1000,
    });
    const at = (name: OptimizerName, tol: number) =>
      toLoss(rosenbrock, name, lr, beta, start, 50_000, tol).settledAt as number;
    expectQuoted(
      text,
      `its loss is the first to touch $10^{-6}$, at step ${firstBelow(whole.losses, 1e-6)}`,
      `settles only at step ${at('nesterov', 1e-6)}, about twice as late as the heavy ball's ${at('heavy-ball', 1e-6)}`,
      `${at('nesterov', 1e-4)} against ${at('heavy-ball', 1e-4)} for $10^{-4}$, ${at('nesterov', 1e-8)} against ${at('heavy-ball', 1e-8)} for $10^{-8}$`,
    );
    for (const tol of [1e-4, 1e-6, 1e-8, 1e-10])
      expect(at('nesterov', tol)).toBeGreaterThan(at('heavy-ball', tol));
    expect(Math.round(at('nesterov', 1e-6) / at('heavy-ball', 1e-6))).toBe(2);
    expect(text).not.toContain('turns sooner');
  });

  it('at α = 0.2, β = 0.9 the heavy ball copes and Nesterov blows up within a few steps', () => {
    const hb = toLoss(rosenbrock, 'heavy-ball', 0.2, 0.9, start);
    expect(hb.status).toBe('converged');
    expectQuoted(
      text,
      `Try $\\alpha = 0.2$ and $\\beta = 0.9$: the heavy ball copes and settles after ${hb.settledAt} steps`,
    );
    const nest = toLoss(rosenbrock, 'nesterov', 0.2, 0.9, start);
    expect(nest.status).toBe('diverged');
    expect(nest.steps).toBeLessThanOrEqual(5);
  });

  it('quotes the Himmelblau runs from (0, 0) ending in different minima', () => {
    const him = formula('(x^2 + y - 11)^2 + (x + y^2 - 7)^2');
    const at = (name: OptimizerName, b: number) => {
      const r = simulate(him, makeOptimizer(name, { lr: 0.01, beta: b }), [0, 0], { steps: 2000 });
      return `$(${Array.from(r.points.at(r.steps))
        .map((v) => Number(v.toFixed(2)))
        .join(', ')})$`;
    };
    expectQuoted(
      text,
      `gradient descent settles at ${at('gd', 0)}, while the heavy ball with $\\beta = 0.9$ sails past it and ends at ${at('heavy-ball', 0.9)}`,
    );
  });

  it('quotes how fast each racer leaves the saddle from a hair off the ridge, and that neither does from on it', () => {
    const sad = formula('x^2 - y^2');
    for (const name of ['gd', 'heavy-ball'] as const) {
      const on = simulate(sad, makeOptimizer(name, { lr: 0.1, beta: 0.9 }), [-2.5, 0], {
        steps: 300,
      });
      expect(on.points.at(on.steps)[1]).toBe(0);
      expect(Math.abs(on.points.at(on.steps)[0])).toBeLessThan(1e-6);
    }
    const leave = (name: OptimizerName) => {
      const r = simulate(sad, makeOptimizer(name, { lr: 0.1, beta: 0.9 }), [-2.5, 0.001], {
        steps: 200,
      });
      for (let k = 0; k <= r.steps; k++) if (Math.abs(r.points.at(k)[1]) > 1) return k;
      return Infinity;
    };
    expectQuoted(
      text,
      `passes $|y| = 1$ after ${leave('gd')} steps; the heavy ball, which accumulates the growing push, gets there after ${leave('heavy-ball')}`,
    );
  });

  it('the bowl suggestion reproduces lesson 4’s rounded-optimum run', () => {
    const bowl = formula('(x^2/100 + y^2)/2');
    const r = toLoss(bowl, 'heavy-ball', 3.31, 0.67, [-3.5, 1.5]);
    expect(r.settledAt).toBe(settleBowl(100, 'heavy-ball', 3.31, 0.67, [-3.5, 1.5]));
    expectQuoted(text, `in lesson 4's ${r.settledAt} steps`);
    expectQuoted(lesson('04-'), `that run needs ${r.settledAt} steps`);
  });

  it('the ParameterChallenge is solvable with the quoted settings and not by gradient descent', () => {
    const spec = challenges('07-').get('l6-rosenbrock-momentum')!;
    const from = spec.start;
    const steps = (
      [
        [0.12, 0.95],
        [0.2, 0.9],
      ] as const
    ).map(([a, b]) => {
      const r = checkParameter(spec, { values: { lr: a, beta: b } });
      expect(r.correct, `lr ${a}, beta ${b}: ${r.message}`).toBe(true);
      return (r.detail as { settledAt: number }).settledAt;
    });
    expectQuoted(
      text,
      `the heavy ball gets there in ${steps[0]} steps; $\\alpha = 0.2$ with $\\beta = 0.9$ takes ${steps[1]}`,
    );
    const opening = checkParameter(spec, { values: { lr, beta } });
    expect(opening.correct).toBe(false);
    expectQuoted(
      text,
      `too slow from this start (${toLoss(rosenbrock, 'heavy-ball', lr, beta, from).settledAt} steps)`,
    );
    expectQuoted(
      text,
      `without momentum $\\alpha = 0.1$ needs ${toLoss(rosenbrock, 'gd', 0.1, 0, from).settledAt}`,
    );
    expect(checkParameter(spec, { values: { ...spec.initial } }).correct).toBe(false);
    for (let i = 1; i <= 300; i++)
      expect(
        checkParameter(spec, { values: { lr: i / 1000, beta: 0 } }).correct,
        `lr ${i / 1000}`,
      ).toBe(false);
  }, 60_000);

  it('explains why more momentum tolerates a smaller step here: the overshoot reaches larger curvature', () => {
    // Across the valley floor (x, x²) the Hessian's larger eigenvalue is about 2 + 8x².
    const hessianMax = (x: number) => {
      const h = 1e-4;
      const w = [x, x * x];
      const g = (p: number[]) => rosenbrock.grad(p);
      const col = (i: number) => {
        const up = [...w];
        const down = [...w];
        up[i] += h;
        down[i] -= h;
        return g(up).map((v, j) => (v - g(down)[j]) / (2 * h));
      };
      const [a, b] = [col(0), col(1)];
      const tr = a[0] + b[1];
      const det = a[0] * b[1] - a[1] * b[0];
      return tr / 2 + Math.sqrt((tr * tr) / 4 - det);
    };
    expect(Math.round(hessianMax(1))).toBe(2 + 8 * 1);
    expect(Math.round(hessianMax(1.5))).toBe(2 + 8 * 2.25);
    expectQuoted(
      text,
      'along the floor it is about $2 + 8x^2$, 10 at $x = 1$ and 20 at $x = 1.5$',
      `allows curvature up to ${fixed(stabilityLimit(0.9, 1) / 0.2, 0)} with $\\beta = 0.9$ and ${fixed(stabilityLimit(0.95, 1) / 0.2, 1)} with $\\beta = 0.95$`,
    );
    const spec = challenges('07-').get('l6-rosenbrock-momentum')!;
    const reach = (b: number) => {
      const r = simulate(
        rosenbrock,
        makeOptimizer('heavy-ball', { lr: 0.2, beta: b }),
        spec.start,
        {
          steps: 1000,
        },
      );
      let far = 0;
      for (let k = 0; k <= r.steps; k++) far = Math.max(far, Math.abs(r.points.get(k, 0)));
      return { far, status: r.status };
    };
    expect(reach(0.9)).toEqual({ far: Math.abs(spec.start[0]), status: 'max-steps' });
    const wild = reach(0.95);
    expect(wild.status).toBe('diverged');
    expect(wild.far).toBeGreaterThan(1.5);
    expectQuoted(
      text,
      'With $\\beta = 0.95$ the run passes $|x| = 1.5$ and blows up; with $\\beta = 0.9$ it never gets beyond its start.',
    );
  });

  it('the saddle exercise counts the heavy ball’s swings through the saddle point', () => {
    const sad = formula('x^2 - y^2');
    const r = simulate(sad, makeOptimizer('heavy-ball', { lr: 0.1, beta: 0.9 }), [-2.5, 0], {
      steps: 300,
    });
    let flips = 0;
    for (let k = 1; k <= 300; k++)
      if (
        r.points.get(k, 0) !== 0 &&
        Math.sign(r.points.get(k, 0)) !== Math.sign(r.points.get(k - 1, 0))
      )
        flips++;
    expectQuoted(text, `the heavy ball's $x$ changes sign ${flips} times in 300 steps`);
    expect(text).not.toContain('swings through it a few times');
  });
});

describe('every FormulaAnswer accepts its own answer and rejects gradient descent', () => {
  for (const prefix of ['02-', '03-', '04-', '05-', '06-', '07-']) {
    for (const spec of formulaExercises(prefix)) {
      it(`${spec.id} accepts "${spec.expected}"`, () => {
        expect(checkFormula(spec, { source: spec.expected }).correct).toBe(true);
        if (spec.form === 'rule')
          expect(checkFormula(spec, { source: 'w = w - lr*g' }).correct).toBe(false);
      });
    }
  }

  it('Nesterov’s rule is not the heavy ball', () => {
    const spec = formulaExercises('07-').find((s) => s.id === 'l6-nesterov-rule')!;
    expect(checkFormula(spec, { source: 'v = beta*v + g\nw = w - lr*v' }).correct).toBe(false);
  });
});

describe('every lesson avoids the Distill errata', () => {
  const files = fs.readdirSync(LESSONS).filter((f) => f.endsWith('.mdx'));

  it('no lesson says the ringing rate is 2√β', () => {
    for (const f of files) {
      const text = fs.readFileSync(path.join(LESSONS, f), 'utf8');
      expect(text.includes('2\\sqrt{\\beta}'), f).toBe(false);
      expect(text.includes('2 \\sqrt{\\beta}'), f).toBe(false);
      expect(text.includes('2√β'), f).toBe(false);
    }
  });
});
