/**
 * What a training race shows: who races (each optimizer at its own closed-form tuning, or one
 * shared α beside gradient descent at momentum's effective step α/(1 − β)), the epoch from which
 * each stays within the tolerance (proven for full batches, per seed on a moving average for
 * minibatches), the noise floors, and the sentence that says so (MATH.md, "Measuring speed
 * honestly").
 */
import {
  gd,
  heavyBall,
  nesterov,
  optimalGd,
  optimalMomentum,
  optimalNesterov,
  settledBelow,
  simulate,
  type Optimizer,
  type TrainingProblem,
} from '@/lib/optim';
import type { RaceLane } from './training-race';
import { fewerOrMore, fixed, percent, significant, timesTenTo } from './format';

/** One racer of a training race: its key, the optimizer and the settings it runs with. */
export interface Racer {
  readonly key: string;
  readonly optimizer: Optimizer<unknown>;
  readonly lr: number;
  readonly beta?: number;
}

/**
 * The racers of a race. Tuned: each at its own best fixed setting for the problem's quadratic,
 * from the closed forms (gradient descent α = 2/(λ₁ + λₙ); the heavy ball Polyak's α*, β*;
 * Nesterov α = 4/(3λₙ + λ₁), β = (√(3κ+1) − 2)/(√(3κ+1) + 2)). Shared: all at the page's α
 * (momentum and Nesterov with its β), plus gradient descent at momentum's effective step
 * α/(1 − β), the step the heavy ball takes on a steady slope (MATH.md, "Measuring speed honestly").
 */
export function racers(
  problem: TrainingProblem,
  options: { tuned: boolean; alpha: number; beta: number; nesterov: boolean },
): Racer[] {
  const lo = problem.eigenvalues[0];
  const hi = problem.eigenvalues[problem.dim - 1];
  const list: Racer[] = [];
  if (options.tuned) {
    const g = optimalGd(lo, hi);
    const m = optimalMomentum(lo, hi);
    const n = optimalNesterov(lo, hi);
    list.push({ key: 'gd', optimizer: gd({ lr: g.lr }), lr: g.lr });
    list.push({
      key: 'heavy-ball',
      optimizer: heavyBall({ lr: m.lr, beta: m.beta }),
      lr: m.lr,
      beta: m.beta,
    });
    if (options.nesterov)
      list.push({
        key: 'nesterov',
        optimizer: nesterov({ lr: n.lr, beta: n.beta }),
        lr: n.lr,
        beta: n.beta,
      });
    return list;
  }
  const { alpha, beta } = options;
  list.push({ key: 'gd', optimizer: gd({ lr: alpha }), lr: alpha });
  list.push({
    key: 'heavy-ball',
    optimizer: heavyBall({ lr: alpha, beta }),
    lr: alpha,
    beta,
  });
  if (options.nesterov)
    list.push({
      key: 'nesterov',
      optimizer: nesterov({ lr: alpha, beta }),
      lr: alpha,
      beta,
    });
  if (beta > 0 && beta < 1) {
    const effective = alpha / (1 - beta);
    list.push({
      key: 'gd-effective',
      optimizer: gd({ lr: effective }),
      lr: effective,
    });
  }
  return list;
}

/** m_e = mean of xs over the `window` entries ending at e (fewer at the start). */
export function movingAverage(xs: readonly number[], window: number): number[] {
  const w = Math.max(1, Math.floor(window));
  const out: number[] = [];
  let sum = 0;
  for (let e = 0; e < xs.length; e++) {
    sum += xs[e];
    if (e >= w) sum -= xs[e - w];
    out.push(sum / Math.min(e + 1, w));
  }
  return out;
}

/**
 * The epoch from which a minibatch lane stays within `tolerance`·f* of f*, measured on its
 * `window`-epoch moving average (a single noisy epoch neither makes nor breaks it), through the
 * last recorded epoch; null when the last one is outside. With noise, "for good" can only mean
 * "through the end of the run", so that is all it claims.
 */
export function settledEpoch(
  losses: readonly number[],
  minimum: number,
  tolerance: number,
  window: number,
): number | null {
  const excess = movingAverage(
    losses.map((l) => l - minimum),
    window,
  );
  return settledBelow(excess, tolerance * minimum);
}

/** Mean of (f − f*)/f* over the last `fraction` of the epochs: where the noise leaves a lane. */
export function noiseFloor(losses: readonly number[], minimum: number, fraction = 0.5): number {
  const from = Math.floor(losses.length * (1 - fraction));
  const tail = losses.slice(from);
  return tail.reduce((s, l) => s + (l - minimum) / minimum, 0) / Math.max(1, tail.length);
}

/** Mean, least and greatest of a list of numbers. */
export interface Spread {
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  return {
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** What the race's sentence needs. */
export interface RaceSummary {
  readonly problem: TrainingProblem;
  readonly problems: { standardized: TrainingProblem; raw: TrainingProblem };
  readonly racers: readonly Racer[];
  readonly tuned: boolean;
  /** lanes[s][r]: seed s's lane of racer r (one seed for full batches). */
  readonly lanes: readonly (readonly RaceLane[])[];
  readonly batch: number;
  readonly tolerance: number;
  /** Moving-average window (epochs) of the minibatch settle measure. */
  readonly window: number;
  readonly done: boolean;
  readonly epochsDone: number;
  readonly totalEpochs: number;
}

/**
 * The epoch each racer settles within the tolerance. Full batch: proven by lib/optim `simulate`
 * (the closed-form envelope of the quadratic: the claim holds past the race). Minibatch: per
 * seed, on the moving average, through the end of the race.
 */
export function raceSettle(summary: RaceSummary): (number | null)[][] {
  const { problem, racers: list, lanes, batch, tolerance, window, totalEpochs } = summary;
  if (batch >= problem.n)
    return [
      list.map(
        (r) =>
          simulate(problem, r.optimizer, problem.start ?? new Array<number>(problem.dim).fill(0), {
            steps: totalEpochs,
            tol: tolerance * problem.minimum,
          }).settledAt,
      ),
    ];
  return lanes.map((seedLanes) =>
    seedLanes.map((lane) =>
      lane.diverged ? null : settledEpoch(lane.losses, problem.minimum, tolerance, window),
    ),
  );
}

/** κ and step sizes for the race's sentence: three significant digits from 0.01 to 1000, else "1.3×10⁸". */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '∞';
  return x >= 0.01 && x < 1000 ? significant(x, 3) : timesTenTo(x, 1);
}

const NAME: Record<string, string> = {
  gd: 'gradient descent',
  'heavy-ball': 'momentum',
  nesterov: 'Nesterov',
  'gd-effective': 'gradient descent at α/(1 − β)',
};

function settings(r: Racer): string {
  return r.beta === undefined
    ? `α = ${fixed(r.lr, 3)}`
    : `α = ${fixed(r.lr, 3)} with β = ${fixed(r.beta, 3)}`;
}

/**
 * The race's live sentence: how each racer was set, the epoch from which each stays within the
 * tolerance (and how many times fewer epochs than gradient descent), the effective-step check of
 * a shared-α race, the noise floors of a minibatch race, and κ of the problem.
 */
export function describeRace(summary: RaceSummary): string {
  const { problem, problems, racers: list, tuned, batch, tolerance, window, done } = summary;
  const parts: string[] = [];
  const minibatch = batch < problem.n;
  const main = list.filter((r) => r.key !== 'gd-effective');
  if (tuned) {
    parts.push(
      `Each racer at its own tuned step (closed forms from the Hessian's eigenvalues): ${main
        .map((r) => `${NAME[r.key]} ${settings(r)}`)
        .join(', ')}.`,
    );
  } else {
    const m = main.find((r) => r.beta !== undefined);
    parts.push(
      `All racers share α = ${significant(summary.racers[0].lr, 3)}${m ? ` (momentum${main.some((r) => r.key === 'nesterov') ? ' and Nesterov' : ''} with β = ${fixed(m.beta as number, 2)})` : ''}.`,
    );
  }
  if (!done) {
    parts.push(`Training… epoch ${summary.epochsDone} of ${summary.totalEpochs}.`);
  } else {
    const settle = raceSettle(summary);
    const within = `within ${percent(tolerance)} of the best possible loss`;
    const index = (key: string) => list.findIndex((r) => r.key === key);
    const gdIndex = index('gd');
    if (!minibatch) {
      const epochs = settle[0];
      const gdEpochs = epochs[gdIndex];
      const clauses = main.map((r) => {
        const e = epochs[index(r.key)];
        if (e === null)
          return summary.lanes[0][index(r.key)]?.diverged
            ? `${NAME[r.key]} diverges`
            : `${NAME[r.key]} not within ${summary.totalEpochs} epochs`;
        const ratio =
          r.key !== 'gd' && gdEpochs !== null && gdEpochs > 0 && e > 0
            ? ` (${fewerOrMore(e, gdEpochs)})`
            : '';
        return r.key === 'gd' ? `epoch ${e} for ${NAME[r.key]}` : `${e} for ${NAME[r.key]}${ratio}`;
      });
      parts.push(`The loss stays ${within} from ${joinClauses(clauses)}.`);
      const eff = list.find((r) => r.key === 'gd-effective');
      if (eff) {
        const limit = 2 / problem.eigenvalues[problem.dim - 1];
        const e = epochs[index('gd-effective')];
        const fate =
          e !== null
            ? `stays ${within} from epoch ${e}`
            : summary.lanes[0][index('gd-effective')]?.diverged
              ? 'diverges'
              : `does not get ${within} in ${summary.totalEpochs} epochs`;
        parts.push(
          `On a steady slope momentum moves like gradient descent with the effective step α/(1 − β) = ${fixed(eff.lr, 2)}, ` +
            `${eff.lr < limit ? 'within' : 'past'} gradient descent's stability limit 2/λmax = ${fixed(limit, 2)}: gradient descent at that step ${fate}.`,
        );
      }
    } else {
      const seeds = settle.length;
      const measure = window > 1 ? `the ${window}-epoch average of the loss` : 'the loss';
      const clauses = list.map((r) => {
        const i = index(r.key);
        const per = settle.map((x) => x[i]);
        const got = per.filter((e): e is number => e !== null);
        const name = NAME[r.key];
        if (got.length === 0) return `${name} never`;
        const sp = spreadOf(got);
        const notes = [
          ...(seeds > 1 ? [`${sp.min}–${sp.max}${r.key === 'gd' ? ' across seeds' : ''}`] : []),
          ...(got.length < seeds ? [`not at all in ${seeds - got.length} of ${seeds} seeds`] : []),
        ];
        return `${name} from epoch ${Math.round(sp.mean)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
      });
      parts.push(
        `${seeds > 1 ? `Over ${seeds} seeds, ${measure}` : `In this run ${measure}`} stays ${within} through epoch ${summary.totalEpochs}: ${clauses.join(', ')}.`,
      );
      const floors = list
        .map((r) => {
          const i = index(r.key);
          const values = summary.lanes
            .map((seedLanes) => seedLanes[i])
            .filter((lane) => lane && !lane.diverged && lane.losses.length >= 8)
            .map((lane) => 100 * noiseFloor(lane.losses, problem.minimum));
          if (values.length === 0) return null;
          const sp = spreadOf(values);
          const range = values.length > 1 ? ` (${fixed(sp.min, 2)}–${fixed(sp.max, 2)}%)` : '';
          return `${fixed(sp.mean, 2)}% for ${NAME[r.key]}${range}`;
        })
        .filter((x): x is string => x !== null);
      if (floors.length)
        parts.push(
          `Over the last half of the epochs the loss hovers above the best by ${joinClauses(floors)}: the noise floor.`,
        );
    }
  }
  parts.push(
    `κ of this problem (Hessian eigenvalues): ${formatNumber(problems.standardized.kappa)} with standardized features, ` +
      `${formatNumber(problems.raw.kappa)} with raw ones.`,
  );
  if (!problem.standardize) {
    const lambdaMax = problem.eigenvalues[problem.dim - 1];
    parts.push(
      `With raw features gradient descent is stable only for α < 2/λmax = ${formatNumber(2 / lambdaMax)}.`,
    );
  }
  parts.push(
    minibatch
      ? `Batches of ${batch}: ${Math.ceil(problem.n / batch)} noisy steps per epoch.`
      : 'Full batch: one exact gradient step per epoch.',
  );
  return parts.join(' ');
}

function joinClauses(clauses: string[]): string {
  if (clauses.length <= 2) return clauses.join(' and ');
  return `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;
}
