/**
 * Every number the lessons quote in prose is computed here with the optimizer core (lib/optim)
 * and looked up in the lesson's text, formatted exactly as printed. If the prose and the core
 * ever disagree — a lesson edited by hand, or a change in lib/optim — this file fails and names
 * the number.
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
import {
  alternatingAmplitude,
  constantAverage,
  effectiveWindow,
  emaWeights,
  criticalBeta,
  gdRate,
  illConditionedBowl,
  momentumMatrix,
  momentumMatrixPower,
  momentumRoots,
  momentumSpectrumRate,
  optimalGd,
  optimalMomentum,
  stabilityLimit,
  stepsToTolerance,
  speedup,
  stepsToReach,
  train,
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

/** The lessons' bowl ½(x²/κ + y²) run from `start` until f ≤ tol (the course's "loss below 10⁻⁶"). */
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

  it('quotes the steps gradient descent and momentum need to bring the loss below 1e-6', () => {
    const plain = runBowl(kappa, 'gd', lr, 0, start, { steps: 5000, tol: 1e-6 });
    const mom = runBowl(kappa, 'heavy-ball', lr, beta, start, { steps: 5000, tol: 1e-6 });
    expect(plain.status).toBe('converged');
    expect(mom.status).toBe('converged');
    expectQuoted(text, `gradient descent needs ${plain.steps} steps and momentum ${mom.steps}.`);
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
    const mom = runBowl(kappa, 'heavy-ball', 2.5, beta, start, { steps: 5000, tol: 1e-6 });
    expect(mom.status).toBe('converged');
    expectQuoted(
      text,
      `at $\\alpha = 2.5$ and $\\beta = 0.7$ it reaches the $10^{-6}$ loss in ${mom.steps} steps`,
    );
  });

  it('quotes Nesterov against the heavy ball at α = 1, β = 0.9, and its divergence at the defaults', () => {
    const nest = runBowl(kappa, 'nesterov', 1, 0.9, start, { steps: 5000, tol: 1e-6 });
    const hb = runBowl(kappa, 'heavy-ball', 1, 0.9, start, { steps: 5000, tol: 1e-6 });
    expectQuoted(
      text,
      `reaches the $10^{-6}$ loss in ${nest.steps} steps where the heavy ball needs ${hb.steps}.`,
    );
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
    expect(Math.round(plain.steps / mom.steps)).toBe(4);
    expectQuoted(
      text,
      'adding momentum $\\beta = 0.7$ cut the steps gradient descent needed by a factor of four',
    );
  });

  it('quotes the β sweep at α = 1: steps to a loss of 1e-6 for five momentum rates', () => {
    const n = (beta: number) =>
      runBowl(kappa, beta === 0 ? 'gd' : 'heavy-ball', lr, beta, start, tol).steps;
    expectQuoted(
      text,
      `takes ${n(0)} steps with $\\beta = 0$, ${n(0.5)} with $\\beta = 0.5$, ${n(0.81)} with $\\beta = 0.81$, ${n(0.95)} with $\\beta = 0.95$ and ${n(0.99)} with $\\beta = 0.99$`,
      `The run needs ${n(0.95)} steps instead of ${n(0.81)}.`,
      `reaches the tolerance in ${n(0.81)} steps`,
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

  it('quotes the stability limit 2 + 2β at β = 0.5', () => {
    const limit = stabilityLimit(0.5, 1);
    expect(momentumRate(limit - 0.01, 0.5, 1)).toBeLessThan(1);
    expect(momentumRate(limit + 0.01, 0.5, 1)).toBeGreaterThan(1);
    expectQuoted(
      text,
      `any $\\alpha$ up to ${fixed(limit, 0)} converges`,
      `answer={${fixed(limit, 0)}}`,
      `the boundary is $\\alpha = ${fixed(limit, 0)}$`,
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

  it('quotes a slightly larger β beating the exact β* over 20 steps, and the rounded optimum’s knife edge', () => {
    const m = optimalMomentum(lo, 1);
    expectQuoted(
      text,
      `$\\alpha^\\star = ${fixed(m.lr, 3)}$ and $\\beta^\\star = ${fixed(m.beta, 3)}$`,
    );
    const best = runBowl(kappa, 'heavy-ball', m.lr, m.beta, start, { steps: 20 });
    const other = runBowl(kappa, 'heavy-ball', m.lr, 0.75, start, { steps: 20 });
    expect(momentumRate(m.lr, 0.75, 1)).toBeGreaterThan(m.rate);
    expectQuoted(
      text,
      `loss down to $${sci(other.losses[20], 1)}$, while $\\beta^\\star$ is still at $${fixed(best.losses[20], 2)}$`,
    );
    const bestSteps = runBowl(kappa, 'heavy-ball', m.lr, m.beta, start, tol).steps;
    const otherSteps = runBowl(kappa, 'heavy-ball', m.lr, 0.75, start, tol).steps;
    expectQuoted(
      text,
      `$\\beta = 0.75$ needs ${otherSteps} steps and $\\beta^\\star$ needs ${bestSteps}`,
      `the exact optimum needs ${bestSteps}`,
    );
    expect(momentumRoots(3.31, 0.67, 1)[0].im).toBe(0);
    const rounded = runBowl(kappa, 'heavy-ball', 3.31, 0.67, start, tol).steps;
    expectQuoted(
      text,
      `rate worsens to ${fixed(momentumSpectrumRate(3.31, 0.67, lo, 1), 2)}; that run needs ${rounded} steps`,
    );
  });

  it('the exercises’ answers are the core’s', () => {
    expect(momentumRoots(0.5, 0.81, 1)[0].im).not.toBe(0);
    expectQuoted(text, `id="l4-ringing-rate" answer={${fixed(momentumRate(0.5, 0.81, 1), 1)}}`);
    expectQuoted(text, `id="l4-critical-beta" answer={${fixed(criticalBeta(1, 0.04), 2)}}`);
    expectQuoted(
      text,
      `rate is $\\sqrt{\\beta} = 1 - 0.2 = ${fixed(momentumRate(1, criticalBeta(1, 0.04), 0.04), 1)}$`,
    );
    expectQuoted(
      text,
      `about ${stepsToTolerance(0.8, 1e-6)} steps instead of ${stepsToTolerance(gdRate(1, 0.04), 1e-6)}`,
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
      [3.31, 0.75],
    ];
    const steps = solutions.map(([a, b]) => {
      const r = checkParameter(spec, { values: { lr: a, beta: b } });
      expect(r.correct, `lr ${a}, beta ${b}: ${r.message}`).toBe(true);
      return (r.detail as { stepsTaken: number }).stepsTaken;
    });
    expectQuoted(text, `after ${steps[0]} steps`, `(${steps[1]} steps)`, `(${steps[2]} steps)`);
    expect(checkParameter(spec, { values: { ...spec.initial } }).correct).toBe(false);
    let bestGd = Infinity;
    for (let a = 0.01; a <= 3.9; a += 0.01) {
      expect(checkParameter(spec, { values: { lr: a, beta: 0 } }).correct).toBe(false);
      const run = runBowl(kappa, 'gd', a, 0, start, tol);
      if (run.status === 'converged') bestGd = Math.min(bestGd, run.steps);
    }
    expect(bestGd).toBeGreaterThan(250);
    expectQuoted(text, 'its best step size still needs more than 250');
  });
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
  /** "Within 1% of the best loss", the TrainingRace's default tolerance. */
  const onePercent = 0.01 * std.minimum;
  const mb = (name: OptimizerName, lr: number, beta: number, epochs = 300) =>
    train(std, makeOptimizer(name, { lr, beta }), { epochs, batchSize: 32, seed: 1 });
  /** Mean of (f − f*)/f* over epochs 150 … end, in percent: the level a minibatch run hovers at. */
  const floorPercent = (losses: readonly number[]) => {
    const tail = losses.slice(150).map((l) => (l - std.minimum) / std.minimum);
    return (100 * tail.reduce((a, b) => a + b, 0)) / tail.length;
  };

  it('quotes the condition numbers of raw and standardized features', () => {
    const raw2 = trainingProblem({ features: two, standardize: false });
    const std2 = trainingProblem({ features: two, standardize: true });
    expectQuoted(
      text,
      `the condition number is $${sci(raw2.kappa, 1)}$; with all five it is $${sci(raw.kappa, 1)}$`,
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

  it('quotes the full-batch race at the page defaults, with the measured speed-up from train and speedup', () => {
    expect([d.alpha, d.beta]).toEqual([0.1, 0.9]);
    const lr = d.alpha as number;
    const beta = d.beta as number;
    const epochs = 1000;
    const plain = train(std, makeOptimizer('gd', { lr }), { epochs });
    const hb = train(std, makeOptimizer('heavy-ball', { lr, beta }), { epochs });
    const nest = train(std, makeOptimizer('nesterov', { lr, beta }), { epochs });
    const s1 = speedup(hb, plain, onePercent);
    const s2 = speedup(nest, plain, onePercent);
    expect(s2.stepsB).toBe(s1.stepsB);
    expectQuoted(
      text,
      `gradient descent needs ${s1.stepsB} epochs to come within 1% of the best loss, the heavy ball ${s1.stepsA} and Nesterov ${s2.stepsA}: a measured speed-up of ${fixed(s1.ratio!, 1)} for the heavy ball and ${fixed(s2.ratio!, 1)} for Nesterov`,
    );
  });

  it('quotes the tuned race against the long-run promise √κ', () => {
    const [lo, hi] = lambda(std);
    const g = optimalGd(lo, hi);
    const m = optimalMomentum(lo, hi);
    expectQuoted(
      text,
      `the ratio of the logarithms of their two rates is ${fixed(Math.log(m.rate) / Math.log(g.rate), 1)}`,
    );
    const plain = train(std, makeOptimizer('gd', { lr: g.lr }), { epochs: 2000 });
    const hb = train(std, makeOptimizer('heavy-ball', { lr: m.lr, beta: m.beta }), {
      epochs: 2000,
    });
    const loose = speedup(hb, plain, onePercent);
    const tight = speedup(hb, plain, 1e-6 * std.minimum);
    expectQuoted(
      text,
      `gradient descent needs ${loose.stepsB} epochs and momentum ${loose.stepsA}, a speed-up of ${fixed(loose.ratio!, 1)}`,
      `${tight.stepsB} against ${tight.stepsA}, a speed-up of ${fixed(tight.ratio!, 1)}`,
      `we measured between ${fixed(loose.ratio!, 1)} and ${fixed(tight.ratio!, 1)} depending on the tolerance, with ${fixed(Math.log(m.rate) / Math.log(g.rate), 1)} promised`,
    );
  });

  it('quotes the minibatch race: transient speed-up and noise floors that rise with β', () => {
    expect([d.alphaMb, d.betaMb]).toEqual([0.02, 0.9]);
    expect(std.n).toBe(392);
    expect(Math.ceil(std.n / 32)).toBe(13);
    expectQuoted(text, 'thirteen steps per epoch', 'each epoch takes thirteen noisy steps');
    const plain = mb('gd', 0.02, 0);
    const hb = mb('heavy-ball', 0.02, 0.9);
    const hb95 = mb('heavy-ball', 0.02, 0.95);
    const nest = mb('nesterov', 0.02, 0.9);
    const [fGd, fHb, f95, fNest] = [plain, hb, hb95, nest].map((r) => floorPercent(r.losses));
    expectQuoted(
      text,
      `gradient descent comes within 1% of the best loss after ${stepsToReach(plain.losses, std.minimum, onePercent)} epochs and the heavy ball with $\\beta = 0.9$ after ${stepsToReach(hb.losses, std.minimum, onePercent)}`,
      `gradient descent hovers only ${fixed(fGd, 2)}% above the best loss, while the heavy ball hovers ${fixed(fHb, 2)}% above it`,
      `with $\\beta = 0.95$ it hovers ${fixed(f95, 2)}% above`,
      `Nesterov with $\\beta = 0.9$ sits at ${fixed(fNest, 2)}%`,
      `from ${fixed(fHb, 2)}% to ${fixed(f95, 2)}% above the best loss`,
    );
    expect(Math.round(fHb / fGd)).toBe(10);
    expectQuoted(text, 'ten times higher');
    const slow = mb('heavy-ball', 0.002, 0.9, 600);
    const slowEpochs = stepsToReach(slow.losses, std.minimum, onePercent);
    expect(slowEpochs).toBe(stepsToReach(plain.losses, std.minimum, onePercent));
    expectQuoted(
      text,
      `the heavy ball with $\\alpha = 0.002$ and $\\beta = 0.9$ reaches the 1% mark in ${slowEpochs} epochs, exactly like gradient descent with $\\alpha = 0.02$`,
    );
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

describe('lesson 6, the playground, quotes the core on typed formulas', () => {
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
  ) =>
    simulate(objective, makeOptimizer(name, { lr: a, beta: b }), from, {
      steps,
      tol: 1e-6,
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
    expect(typed.steps).toBe(nest.steps);
    expectQuoted(
      text,
      `gradient descent needs ${plain.steps} steps to bring the loss below $10^{-6}$. The heavy ball needs ${hb.steps} and Nesterov's rule ${nest.steps}.`,
    );
  });

  it('at α = 0.2, β = 0.9 the heavy ball copes and Nesterov blows up within a few steps', () => {
    const hb = toLoss(rosenbrock, 'heavy-ball', 0.2, 0.9, start);
    expect(hb.status).toBe('converged');
    expectQuoted(
      text,
      `Try $\\alpha = 0.2$ and $\\beta = 0.9$: the heavy ball copes and arrives in ${hb.steps} steps`,
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
    expect(r.steps).toBe(
      runBowl(100, 'heavy-ball', 3.31, 0.67, [-3.5, 1.5], { steps: 5000, tol: 1e-6 }).steps,
    );
    expectQuoted(text, `in lesson 4's ${r.steps} steps`);
    expectQuoted(lesson('04-'), `that run needs ${r.steps} steps`);
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
      return (r.detail as { stepsTaken: number }).stepsTaken;
    });
    expectQuoted(
      text,
      `the heavy ball gets there in ${steps[0]} steps; $\\alpha = 0.2$ with $\\beta = 0.9$ takes ${steps[1]}`,
    );
    const opening = checkParameter(spec, { values: { lr, beta } });
    expect(opening.correct).toBe(false);
    expectQuoted(
      text,
      `too slow from this start (${toLoss(rosenbrock, 'heavy-ball', lr, beta, from).steps} steps)`,
    );
    expectQuoted(
      text,
      `without momentum $\\alpha = 0.1$ needs ${toLoss(rosenbrock, 'gd', 0.1, 0, from).steps}`,
    );
    expect(checkParameter(spec, { values: { ...spec.initial } }).correct).toBe(false);
    for (let i = 1; i <= 300; i++)
      expect(
        checkParameter(spec, { values: { lr: i / 1000, beta: 0 } }).correct,
        `lr ${i / 1000}`,
      ).toBe(false);
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
