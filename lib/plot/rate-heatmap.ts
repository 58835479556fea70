/**
 * Data for the rate map: the heavy ball's convergence rate over the (α, β) plane for the bowl
 * ½(x²/κ + y²), whose Hessian eigenvalues are λmin = 1/κ and λmax = 1 (MATH.md, "Momentum").
 */
import {
  firstBelow,
  illConditionedBowl,
  makeOptimizer,
  momentumRoots,
  momentumRate,
  optimalMomentum,
  rateMap,
  simulate,
  type Vector,
} from '@/lib/optim';
import { fixed, powerOfTen } from './format';
import { formatPoint } from './runs';

/** The plane the map covers: α from 0 to 4 (momentum is stable up to 2 + 2β < 4), β in [0, 1). */
export const RATE_MAP_ALPHA: readonly [number, number] = [0, 4];
export const RATE_MAP_BETA: readonly [number, number] = [0, 1];
/** The largest β sampled: β = 1 itself never converges. */
const BETA_SAMPLE_MAX = 0.995;
/** Colour spans this many decades of "steps to shrink the error 10×" above the best. */
export const RATE_MAP_DECADES = 2;

/** The spectrum of the bowl with condition number κ. */
export function bowlSpectrum(kappa: number): { lambdaMin: number; lambdaMax: number } {
  return { lambdaMin: 1 / kappa, lambdaMax: 1 };
}

/** Steps an error shrinking by `rate` per step needs to shrink 10×: ln 10 / (−ln rate). */
export function stepsPerDecade(rate: number): number {
  return rate >= 1 ? Infinity : rate <= 0 ? 0 : Math.LN10 / -Math.log(rate);
}

/** A heatmap over (α, β) ready for a Plotly heatmap trace. */
export interface RateHeatmap {
  readonly x: number[];
  readonly y: number[];
  /**
   * z[row][col] = log10(steps per decade / best steps per decade) at (x[col], y[row]), clipped to
   * [0, RATE_MAP_DECADES]: 0 is as fast as the optimum, 2 a hundred times slower; null where
   * the run diverges (rate ≥ 1), so those cells show the flat background.
   */
  readonly z: (number | null)[][];
  /** The raw rates, same layout. */
  readonly rates: Float64Array;
  /** Best steps per decade (at α*, β*), the scale's zero. */
  readonly bestStepsPerDecade: number;
}

/**
 * Samples the rate max|σ| on an n×n grid from the closed form (lib/optim rateMap; ≈1 ms for
 * 200×200) and turns it into a speed colour: log10 of the steps needed per decade of error,
 * relative to the optimum, so the fast valley stands out for every κ.
 */
export function rateHeatmap(kappa: number, n = 200): RateHeatmap {
  const { lambdaMin, lambdaMax } = bowlSpectrum(kappa);
  const map = rateMap({
    lambdaMin,
    lambdaMax,
    alpha: [RATE_MAP_ALPHA[0], RATE_MAP_ALPHA[1], n],
    beta: [RATE_MAP_BETA[0], BETA_SAMPLE_MAX, n],
  });
  const best = optimalMomentum(lambdaMin, lambdaMax);
  // κ = 1: the best rate is 0 (one step); measure speed against a tiny positive rate instead.
  const bestSteps = Math.max(stepsPerDecade(best.rate), 0.5);
  const nA = map.alphas.length;
  const z: (number | null)[][] = [];
  for (let r = 0; r < map.betas.length; r++) {
    const row: (number | null)[] = new Array(nA);
    for (let c = 0; c < nA; c++) {
      const rate = map.rates[r * nA + c];
      if (!(rate < 1)) {
        row[c] = null;
        continue;
      }
      const relative = Math.log10(Math.max(stepsPerDecade(rate), bestSteps) / bestSteps);
      row[c] = Math.min(RATE_MAP_DECADES, relative);
    }
    z.push(row);
  }
  return {
    x: Array.from(map.alphas),
    y: Array.from(map.betas),
    z,
    rates: map.rates,
    bestStepsPerDecade: bestSteps,
  };
}

/** A boundary curve α(β) sampled at `count` values of β in [0, 0.999]. */
export interface BoundaryCurve {
  readonly alphas: number[];
  readonly betas: number[];
}

function curve(alphaOf: (beta: number) => number, count = 101): BoundaryCurve {
  const betas = Array.from({ length: count }, (_, i) => (0.999 * i) / (count - 1));
  return { alphas: betas.map(alphaOf), betas };
}

/**
 * The lines that divide the map: stability αλmax = 2 + 2β (right of it the steep direction
 * blows up), and the edges of the ringing region, where some λ in [λmin, λmax] has complex roots:
 * αλmax = (1 − √β)² on the left and αλmin = (1 + √β)² on the right (off the map once κ > 4).
 */
export function rateMapBoundaries(kappa: number): {
  stability: BoundaryCurve;
  ringingStart: BoundaryCurve;
  ringingEnd: BoundaryCurve;
} {
  const { lambdaMin, lambdaMax } = bowlSpectrum(kappa);
  return {
    stability: curve((b) => (2 + 2 * b) / lambdaMax),
    ringingStart: curve((b) => (1 - Math.sqrt(b)) ** 2 / lambdaMax),
    ringingEnd: curve((b) => (1 + Math.sqrt(b)) ** 2 / lambdaMin),
  };
}

/** What happens at one (α, β): the rate and which direction sets it. */
export interface RateReadout {
  readonly rate: number;
  readonly diverges: boolean;
  /** The eigen-direction whose factor is the largest: 'slow' (λmin) or 'steep' (λmax). */
  readonly limitedBy: 'slow' | 'steep';
  /** True when that direction's roots are complex: it rings with |σ| = √β. */
  readonly ringing: boolean;
  /** True when that direction's largest root is real and negative: it zig-zags. */
  readonly zigzag: boolean;
}

export function rateReadout(alpha: number, beta: number, kappa: number): RateReadout {
  const { lambdaMin, lambdaMax } = bowlSpectrum(kappa);
  const slow = momentumRate(alpha, beta, lambdaMin);
  const steep = momentumRate(alpha, beta, lambdaMax);
  const limitedBy = steep > slow ? 'steep' : 'slow';
  const lambda = limitedBy === 'steep' ? lambdaMax : lambdaMin;
  const [s1, s2] = momentumRoots(alpha, beta, lambda);
  const ringing = s1.im !== 0;
  const dominant = Math.abs(s1.re) >= Math.abs(s2.re) ? s1 : s2;
  const rate = Math.max(slow, steep);
  return { rate, diverges: !(rate < 1), limitedBy, ringing, zigzag: !ringing && dominant.re < 0 };
}

/**
 * Legend ticks for the speed colour scale: fraction 0 … 1 along the bar (0 = fastest) and the
 * steps-per-decade each tick stands for.
 */
export function rateLegendTicks(heatmap: RateHeatmap): { fraction: number; steps: number }[] {
  return Array.from({ length: RATE_MAP_DECADES + 1 }, (_, i) => ({
    fraction: i / RATE_MAP_DECADES,
    steps: heatmap.bestStepsPerDecade * 10 ** i,
  }));
}

/** Steps as the map prints them: whole numbers from 10 on, one decimal below. */
export function formatSteps(steps: number): string {
  return fixed(steps, steps >= 10 ? 0 : 1);
}

/** The simulated run the map's sentence checks its rate against. */
export interface RateMapMeasure {
  /** The start point of the run (the page's). */
  readonly start: Vector;
  /** The loss level and the budget of the run. */
  readonly level: number;
  readonly budget: number;
}

/**
 * The heavy ball with (α, β) on the bowl with condition number κ from `start`: the step from
 * which its loss stays below `level` (proven past the budget), or why it does not get there.
 */
export function measuredSettle(
  alpha: number,
  beta: number,
  kappa: number,
  measure: RateMapMeasure,
): { settledAt: number | null; diverged: boolean; firstDip: number | null } {
  const run = simulate(
    illConditionedBowl({ kappa }),
    makeOptimizer('heavy-ball', { lr: alpha, beta }),
    measure.start,
    { steps: measure.budget, tol: measure.level },
  );
  const dip =
    run.settledAt === null && run.status !== 'diverged'
      ? firstBelow(run.losses, measure.level)
      : null;
  return { settledAt: run.settledAt, diverged: run.status === 'diverged', firstDip: dip };
}

/**
 * The map's live sentence: the rate at (α, β) and which direction sets it, the steps per decade
 * that rate promises, the best (α*, β*), and what a simulated run from the page's start actually
 * takes to stay below the level (the rate describes only the long run).
 */
export function describeRateMap(
  alpha: number,
  beta: number,
  kappa: number,
  measure?: RateMapMeasure,
): string {
  const { lambdaMin, lambdaMax } = bowlSpectrum(kappa);
  const best = optimalMomentum(lambdaMin, lambdaMax);
  const r = rateReadout(alpha, beta, kappa);
  const at = `At α = ${fixed(alpha, 2)}, β = ${fixed(beta, 2)}`;
  const bestText = `The best for κ = ${kappa} is α* = ${fixed(best.lr, 2)}, β* = ${fixed(best.beta, 2)} with rate ${fixed(best.rate, 2)}.`;
  if (r.diverges) {
    return (
      `${at} the error grows by ${fixed(r.rate, 2)} per step: αλmax = ${fixed(alpha, 2)} is past the stability ` +
      `limit 2 + 2β = ${fixed(2 + 2 * beta, 2)}, so the run diverges. ${bestText}`
    );
  }
  const direction = r.limitedBy === 'steep' ? 'steep direction' : 'slow direction';
  const why = r.ringing
    ? `ringing: complex roots in the ${direction}, |σ| = √β`
    : r.zigzag
      ? `the ${direction} zig-zags: a negative real root`
      : `no ringing: real roots; the ${direction} ${r.limitedBy === 'slow' ? 'crawls' : 'sets the pace'}`;
  const steps = stepsPerDecade(r.rate);
  let text =
    `${at} the error shrinks by ${fixed(r.rate, 2)} per step (${why}), ` +
    `about ${formatSteps(steps)} steps per 10× smaller error. ${bestText}`;
  if (measure) {
    const m = measuredSettle(alpha, beta, kappa, measure);
    const from = `Simulated from ${formatPoint(measure.start)}`;
    const level = powerOfTen(measure.level);
    text += m.diverged
      ? ` ${from}, the run diverges.`
      : m.settledAt !== null
        ? ` ${from}, the loss stays below ${level} from step ${m.settledAt}.`
        : m.firstDip !== null
          ? ` ${from}, the loss dips below ${level} at step ${m.firstDip} but does not stay there within ${measure.budget} steps.`
          : ` ${from}, the loss does not get below ${level} within ${measure.budget} steps.`;
  }
  return text;
}
