import { describe, expect, it } from 'vitest';
import { illConditionedBowl } from './objectives/quadratic';
import { heavyBall } from './optimizers/heavy-ball';
import { simulate } from './simulate';

// Mean loss over steps [from, to) of a seeded noisy run.
function floor(beta: number, seed: number): number {
  const run = simulate(illConditionedBowl({ kappa: 10 }), heavyBall({ lr: 0.1, beta }), [0, 0], {
    steps: 40_000,
    noise: 0.5,
    seed,
  });
  let s = 0;
  for (let k = 2_000; k <= 40_000; k++) s += run.losses[k];
  return s / 38_001;
}

describe('momentum with noisy gradients', () => {
  it('with a fixed step, larger β gives a higher noise floor (seeded, three seeds)', () => {
    for (const seed of [1, 2, 3]) {
      const f0 = floor(0, seed);
      const f5 = floor(0.5, seed);
      const f9 = floor(0.9, seed);
      expect(f5).toBeGreaterThan(1.3 * f0);
      expect(f9).toBeGreaterThan(3 * f5);
    }
  });

  it('a noisy run has a transient phase, then settles on a floor instead of converging', () => {
    const run = simulate(
      illConditionedBowl({ kappa: 10 }),
      heavyBall({ lr: 0.5, beta: 0.8 }),
      [-3.5, 1.5],
      {
        steps: 3_000,
        noise: 0.05,
        seed: 4,
      },
    );
    const mean = (a: number, b: number) => {
      let s = 0;
      for (let k = a; k < b; k++) s += run.losses[k];
      return s / (b - a);
    };
    expect(mean(0, 10)).toBeGreaterThan(20 * mean(2_000, 3_000));
    const late = mean(2_000, 3_000);
    const later = mean(1_000, 2_000);
    expect(late / later).toBeGreaterThan(0.5);
    expect(late / later).toBeLessThan(2);
  });
});
