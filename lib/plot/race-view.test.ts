import { describe, expect, it } from 'vitest';
import { optimalGd, optimalMomentum, optimalNesterov, trainingProblem } from '@/lib/optim';
import {
  describeRace,
  formatNumber,
  movingAverage,
  noiseFloor,
  racers,
  settledEpoch,
} from './race-view';
import { createRace } from './training-race';

const problem = trainingProblem({ features: ['Horsepower', 'Weight_in_lbs'], standardize: true });

describe('what the training race shows', () => {
  it('racers(tuned) sets each optimizer at its closed-form best; a shared α adds gradient descent at α/(1 − β)', () => {
    const [lo, hi] = [problem.eigenvalues[0], problem.eigenvalues[problem.dim - 1]];
    const tuned = racers(problem, { tuned: true, alpha: 0.1, beta: 0.9, nesterov: true });
    expect(tuned.map((r) => [r.key, r.lr, r.beta])).toEqual([
      ['gd', optimalGd(lo, hi).lr, undefined],
      ['heavy-ball', optimalMomentum(lo, hi).lr, optimalMomentum(lo, hi).beta],
      ['nesterov', optimalNesterov(lo, hi).lr, optimalNesterov(lo, hi).beta],
    ]);
    const shared = racers(problem, { tuned: false, alpha: 0.1, beta: 0.9, nesterov: false });
    expect(shared.map((r) => r.key)).toEqual(['gd', 'heavy-ball', 'gd-effective']);
    expect(shared[2].lr).toBeCloseTo(1, 12);
    expect(racers(problem, { tuned: false, alpha: 0.1, beta: 0, nesterov: false })).toHaveLength(2);
  });

  it('formatNumber prints κ and step sizes with three significant digits, or as m×10ⁿ outside 0.01–1000', () => {
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(0.05)).toBe('0.05');
    expect(formatNumber(456.7)).toBe('457');
    expect(formatNumber(1.34e8)).toBe('1.3×10⁸');
    expect(formatNumber(4.2e-5)).toBe('4.2×10⁻⁵');
    expect(formatNumber(Infinity)).toBe('∞');
  });

  it('movingAverage averages the last `window` values (fewer at the start)', () => {
    expect(movingAverage([1, 3, 5, 7], 2)).toEqual([1, 2, 4, 6]);
    expect(movingAverage([1, 3], 1)).toEqual([1, 3]);
  });

  it('settledEpoch counts from where the averaged loss stays within the band, through the last epoch', () => {
    const fStar = 10;
    // One noisy epoch above 5% at epoch 4: raw, the run settles at 5; on a 3-epoch average the
    // spike is diluted and it settles at 4.
    const losses = [20, 12, 10.2, 10.2, 10.6, 10.1, 10.1, 10.1];
    expect(settledEpoch(losses, fStar, 0.05, 1)).toBe(5);
    expect(settledEpoch(losses, fStar, 0.05, 3)).toBe(4);
    expect(settledEpoch([20, 10.1, 11], fStar, 0.05, 1)).toBeNull();
    expect(noiseFloor([20, 11, 10.5, 10.5], fStar)).toBeCloseTo(0.05, 12);
  });

  it('describeRace says each tuned racer’s settle epoch and the speed-up over gradient descent', () => {
    const five = trainingProblem({
      features: ['Weight_in_lbs', 'Horsepower', 'Displacement', 'Acceleration', 'Year'],
      standardize: true,
    });
    const raw = trainingProblem({ features: five.features, standardize: false });
    /** The sentence of a finished 300-epoch full-batch race of these racers. */
    const sentence = (tuned: boolean) => {
      const list = racers(five, { tuned, alpha: 0.1, beta: 0.9, nesterov: tuned });
      const race = createRace(five, list, { epochs: 300 });
      race.advance(300);
      return describeRace({
        problem: five,
        problems: { standardized: five, raw },
        racers: list,
        tuned,
        lanes: [race.lanes],
        batch: five.n,
        tolerance: 0.01,
        window: 1,
        done: true,
        epochsDone: 300,
        totalEpochs: 300,
      });
    };
    const tuned = sentence(true);
    expect(tuned).toContain('Each racer at its own tuned step');
    expect(tuned).toContain(
      'The loss stays within 1% of the best possible loss from epoch 97 for gradient descent, 28 for momentum (3.5× fewer) and 18 for Nesterov (5.4× fewer).',
    );
    expect(sentence(false)).toContain(
      "the effective step α/(1 − β) = 1.00, past gradient descent's stability limit 2/λmax = 0.59: gradient descent at that step diverges.",
    );
  });
});
