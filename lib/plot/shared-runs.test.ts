import { describe, expect, it } from 'vitest';
import { heavyBall, illConditionedBowl, rosenbrock } from '@/lib/optim';
import { simulateRuns } from './runs';
import { sharedRuns } from './shared-runs';

const settings = { lr: 0.1, beta: 0.9, w0: [-1.5, 2], steps: 200 } as const;

describe('sharedRuns', () => {
  it('gives a second figure with the same objective, racers and numbers the same runs', () => {
    const surface = rosenbrock();
    const first = sharedRuns(surface, ['gd', 'heavy-ball'], null, settings);
    // The start point is compared by value: another array with the same coordinates matches.
    expect(sharedRuns(surface, ['gd', 'heavy-ball'], null, { ...settings, w0: [-1.5, 2] })).toBe(
      first,
    );
    // …and they are what simulating afresh gives.
    const fresh = simulateRuns(surface, ['gd', 'heavy-ball'], null, settings);
    expect(first.map((r) => Array.from(r.result.losses))).toEqual(
      fresh.map((r) => Array.from(r.result.losses)),
    );
  });

  it('simulates again when anything a run depends on differs', () => {
    const surface = rosenbrock();
    const first = sharedRuns(surface, ['gd', 'heavy-ball'], null, settings);
    const variants = [
      sharedRuns(rosenbrock(), ['gd', 'heavy-ball'], null, settings),
      sharedRuns(surface, ['gd'], null, settings),
      sharedRuns(surface, ['gd', 'heavy-ball'], heavyBall({ lr: 0.1, beta: 0.9 }), settings),
      sharedRuns(surface, ['gd', 'heavy-ball'], null, { ...settings, lr: 0.11 }),
      sharedRuns(surface, ['gd', 'heavy-ball'], null, { ...settings, beta: 0.8 }),
      sharedRuns(surface, ['gd', 'heavy-ball'], null, { ...settings, w0: [-1.5, 2.1] }),
      sharedRuns(surface, ['gd', 'heavy-ball'], null, { ...settings, steps: 201 }),
      sharedRuns(surface, ['gd', 'heavy-ball'], null, { ...settings, level: 1e-3 }),
    ];
    for (const runs of variants) expect(runs).not.toBe(first);
  });

  it('serves a points-only figure from a full record, never the other way round', () => {
    const bowl = illConditionedBowl({ kappa: 10 });
    const points = sharedRuns(bowl, ['heavy-ball'], null, settings);
    expect(points[0].result.grads).toBeUndefined();
    const full = sharedRuns(bowl, ['heavy-ball'], null, { ...settings, record: 'full' });
    expect(full).not.toBe(points);
    expect(full[0].result.grads).toBeDefined();
    expect(sharedRuns(bowl, ['heavy-ball'], null, settings)).toBe(full);
  });
});
