import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { illConditionedBowl } from '../objectives/quadratic';
import { simulate } from '../simulate';
import { sameBits } from '../test-support';
import { chain } from './chain';
import { makeOptimizer, optimizerNames } from './make';
import { ema, lookAhead, scaleByRms, trace } from './transforms';

const bowl = illConditionedBowl({ kappa: 20, angle: 0.3 });

describe('chain', () => {
  it('chain of several stages: the kernel and the pure update agree bit for bit', () => {
    const opt = chain({
      name: 'trace-then-rms',
      label: 'Momentum, then RMS scaling',
      hyper: { lr: 0.05, beta: 0.8 },
      source: lookAhead(0.05, 0.8),
      stages: [trace(0.8), scaleByRms(0.9, 1e-8)],
      lr: 0.05,
    });
    const options = { steps: 120, noise: 0.1, seed: 3, record: 'full' as const };
    const fast = simulate(bowl, opt, [2, -1], options);
    const slow = simulate(bowl, opt, [2, -1], { ...options, pure: true });
    expect(fast.steps).toBe(120);
    expect(sameBits(fast.points.data, slow.points.data)).toBe(true);
  });

  it('chain(...).rule spells each stage in the update-rule language, then the descent', () => {
    const opt = chain({
      name: 'x',
      label: 'x',
      hyper: {},
      stages: [ema(0.5), scaleByRms(0.9, 1e-8)],
      lr: 1,
    });
    expect(opt.rule).toBe(
      'v = beta*v + (1 - beta)*g\ns = beta*s + (1 - beta)*v^2\nw = w - lr*(v/(sqrt(s) + eps))',
    );
  });

  it('the built-ins are chains whose rules are the presets the playground offers', () => {
    expect(makeOptimizer('gd', { lr: 1 }).rule).toBe('w = w - lr*g');
    expect(makeOptimizer('heavy-ball', { lr: 1 }).rule).toBe('v = beta*v + g\nw = w - lr*v');
    expect(makeOptimizer('nesterov', { lr: 1 }).rule).toBe(
      'v = beta*v + grad(w - lr*beta*v)\nw = w - lr*v',
    );
    for (const name of optimizerNames)
      expect(makeOptimizer(name, { lr: 1 }).rule).toMatch(/^.*w = w - lr\*/s);
  });

  it('a chain with no stages is gradient descent: step = −α ∇f', () => {
    const opt = chain({ name: 'plain', label: 'plain', hyper: { lr: 0.1 }, stages: [], lr: 0.1 });
    const up = opt.update([2, -4], opt.init([0, 0]), [0, 0], () => [0, 0]);
    expectClose(up.step[0], -0.2, 1e-15);
    expectClose(up.step[1], 0.4, 1e-15);
  });
});
