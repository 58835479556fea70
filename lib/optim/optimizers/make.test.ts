import { describe, expect, it } from 'vitest';
import { isOptimizerName, makeOptimizer, optimizerNames } from './make';
import { optimizerFor } from '@/lib/plot/runs';
import type { Optimizer } from '../types';

describe('optimizer names from outside the code', () => {
  it('isOptimizerName accepts every built-in id and nothing else', () => {
    for (const name of optimizerNames) expect(isOptimizerName(name)).toBe(true);
    for (const name of ['hb', 'Heavy-Ball', '', 'gd-effective', 'constructor', 'toString'])
      expect(isOptimizerName(name)).toBe(false);
  });

  it('optimizerFor builds the named optimizer and refuses an unknown name, naming it', () => {
    // Two updates from the same start and gradient: the second carries the momentum.
    const twoSteps = (o: Optimizer<unknown>) => {
      const w = [1, 1];
      const first = o.update([0.5, -0.5], o.init(w), w, () => [0, 0]);
      return o.update([0.5, -0.5], first.state, w, () => [0, 0]).step;
    };
    const built = optimizerFor('heavy-ball', 0.1, 0.9);
    expect(built.name).toBe('heavy-ball');
    expect(built.hyper).toMatchObject({ lr: 0.1, beta: 0.9 });
    expect(twoSteps(built)).toEqual(twoSteps(makeOptimizer('heavy-ball', { lr: 0.1, beta: 0.9 })));
    expect(() => optimizerFor('hb', 0.1, 0.9)).toThrow(/no optimizer is called 'hb'/);
  });
});
