import { describe, expect, it } from 'vitest';
import {
  adam,
  emaMomentum,
  gd,
  heavyBall,
  himmelblau,
  illConditionedBowl,
  nesterov,
  rosenbrock,
  simulate,
  type Objective,
  type Optimizer,
} from '@/lib/optim';
import { parseObjective } from './objective';
import { RULE_PRESETS, parseUpdateRule, ruleOptimizer, type UpdateRule } from './update-rule';

function rule(source: string): UpdateRule {
  const r = parseUpdateRule(source);
  if (!r.ok) throw new Error(`${source}: ${r.error.message}`);
  return r.rule;
}

const preset = (id: string): string => {
  const p = RULE_PRESETS.find((q) => q.id === id);
  if (!p) throw new Error(id);
  return p.source;
};

function customObjective(source: string): Objective {
  const r = parseObjective(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.objective;
}

const OBJECTIVES: readonly [string, Objective, number[]][] = [
  ['ill-conditioned bowl', illConditionedBowl({ kappa: 10 }), [2, 1.5]],
  ['Rosenbrock', rosenbrock(), [-1.2, 1]],
  ['Himmelblau', himmelblau(), [0.5, -1]],
  ['a typed formula', customObjective('log(1 + x^2) + (y - 1)^2/2 + 0.3 x y'), [1.5, -2]],
];

/** [rule source, core optimizer, rule hyper-parameters, learning rate scale per objective] */
const PAIRS: readonly [
  string,
  (lr: number) => Optimizer<unknown>,
  { beta: number; beta2?: number; eps?: number },
][] = [
  [preset('gd'), (lr) => gd({ lr }), { beta: 0 }],
  [preset('heavy-ball'), (lr) => heavyBall({ lr, beta: 0.9 }), { beta: 0.9 }],
  [preset('ema-momentum'), (lr) => emaMomentum({ lr, beta: 0.8 }), { beta: 0.8 }],
  [preset('nesterov'), (lr) => nesterov({ lr, beta: 0.9 }), { beta: 0.9 }],
  [
    preset('adam'),
    (lr) => adam({ lr, beta1: 0.9, beta2: 0.999, eps: 1e-8 }),
    { beta: 0.9, beta2: 0.999, eps: 1e-8 },
  ],
];

const LR: Readonly<Record<string, number>> = {
  'ill-conditioned bowl': 0.05,
  Rosenbrock: 0.0005,
  Himmelblau: 0.005,
  'a typed formula': 0.05,
};

describe('ruleOptimizer', () => {
  for (const [source, core, hyper] of PAIRS) {
    for (const [name, objective, w0] of OBJECTIVES) {
      for (const noise of [0, 0.3]) {
        it(`ruleOptimizer(${JSON.stringify(source.split('\n')[0])}…) matches the core bit for bit on ${name}, noise ${noise}`, () => {
          const lr = LR[name];
          const options = { steps: 200, noise, seed: 11, divergeAbove: 1e300 };
          const mine = simulate(
            objective,
            ruleOptimizer(rule(source), { lr, ...hyper }),
            w0,
            options,
          );
          const theirs = simulate(objective, core(lr), w0, { ...options, pure: true });
          expect(mine.steps).toBe(theirs.steps);
          expect(mine.status).toBe(theirs.status);
          expect(Array.from(mine.points.data)).toEqual(Array.from(theirs.points.data));
          // The core's in-place kernel is bit-identical to its pure path, hence to the rule.
          const fast = simulate(objective, core(lr), w0, options);
          expect(Array.from(mine.points.data)).toEqual(Array.from(fast.points.data));
        });
      }
    }
  }

  // Rules no preset has: w not written as w ± E, w written twice, vectors read after they are
  // rewritten, β^t and look-ahead gradients together.
  const UNUSUAL = [
    'w = 0.95*w - lr*g',
    'v = beta*v + g; w = w - lr*v; w = w - 0.1*lr*(v - g)',
    'm = beta*m + (1 - beta)*g; s = 0.99*s + 0.01*g^2; m = m/(1 - beta^t); w = w - lr*m/(sqrt(s) + 0.001)',
    's = grad(w - lr*s); v = beta*v + s/2 + grad(w - lr*beta*v)/2; w = w - lr*v',
  ];
  for (const source of UNUSUAL) {
    for (const noise of [0, 0.3]) {
      it(`the in-place kernel of ${JSON.stringify(source)} equals its pure update bit for bit, noise ${noise}`, () => {
        for (const [name, objective, w0] of OBJECTIVES) {
          const optimizer = ruleOptimizer(rule(source), { lr: LR[name], beta: 0.8 });
          expect(optimizer.kernel).toBeDefined();
          const options = { steps: 150, noise, seed: 5, divergeAbove: 1e300 };
          const fast = simulate(objective, optimizer, w0, options);
          const slow = simulate(objective, optimizer, w0, { ...options, pure: true });
          // A comparison of a run that blew up at once would hold almost nothing.
          expect(slow.steps, name).toBeGreaterThan(100);
          expect(fast.steps).toBe(slow.steps);
          expect(fast.status).toBe(slow.status);
          expect(Array.from(fast.points.data)).toEqual(Array.from(slow.points.data));
          expect(Array.from(fast.losses)).toEqual(Array.from(slow.losses));
        }
      });
    }
  }

  it('ruleOptimizer(EMA form) with α′ gives the heavy ball with α = α′(1 − β), up to rounding', () => {
    const beta = 0.9;
    const objective = illConditionedBowl({ kappa: 10 });
    const a = simulate(
      objective,
      ruleOptimizer(rule(preset('ema-momentum')), { lr: 0.5, beta }),
      [2, 1],
      { steps: 200 },
    );
    const b = simulate(objective, heavyBall({ lr: 0.5 * (1 - beta), beta }), [2, 1], {
      steps: 200,
    });
    for (let k = 0; k < a.points.data.length; k++) {
      expect(Math.abs(a.points.data[k] - b.points.data[k])).toBeLessThan(1e-12);
    }
  });

  it('ruleOptimizer(rule).update never mutates its inputs', () => {
    const opt = ruleOptimizer(rule(preset('nesterov')), { lr: 0.1, beta: 0.9 });
    const w = Object.freeze([1, 2]);
    const g = Object.freeze([0.5, -0.5]);
    const state = opt.init(w);
    const frozen = JSON.stringify(state);
    const gradAt = (p: readonly number[]) => p.map((v) => 2 * v);
    const first = opt.update(g, state, w, gradAt);
    expect(JSON.stringify(state)).toBe(frozen);
    expect(w).toEqual([1, 2]);
    const second = opt.update(g, state, w, gradAt);
    expect(second).toEqual(first);
  });

  it('ruleOptimizer counts t from 1 and starts state vectors at 0', () => {
    const opt = ruleOptimizer(rule('m = m + t\nw = w + 0*g + m'), { lr: 1, beta: 0 });
    let state = opt.init([0]);
    const steps: number[] = [];
    for (let k = 0; k < 4; k++) {
      const u = opt.update([0], state, [0], () => [0]);
      steps.push(u.step[0]);
      state = u.state;
    }
    expect(steps).toEqual([1, 3, 6, 10]);
    expect(state.t).toBe(4);
  });

  it('ruleOptimizer runs statements in order, each seeing the values assigned before it', () => {
    // s reads the new v; the last line reads the new w.
    const opt = ruleOptimizer(rule('v = g\ns = v + 1\nw = w - v\nm = w'), { lr: 1, beta: 0 });
    const u = opt.update([2, 3], opt.init([10, 20]), [10, 20], () => [0, 0]);
    expect(u.step).toEqual([-2, -3]);
    expect(u.state.vectors).toEqual([
      [2, 3],
      [8, 17],
      [3, 4],
    ]);
  });

  it('ruleOptimizer passes grad(p) the point p, elementwise, and nests grad calls', () => {
    const seen: number[][] = [];
    const gradAt = (p: readonly number[]) => {
      seen.push([...p]);
      return p.map((v) => 10 * v);
    };
    const opt = ruleOptimizer(rule('w = w - grad(grad(w) + 1)/100'), { lr: 1, beta: 0 });
    const u = opt.update([0, 0], opt.init([1, 2]), [1, 2], gradAt);
    expect(seen).toEqual([
      [1, 2],
      [11, 21],
    ]);
    expect(u.step).toEqual([-1.1, -2.1]);
  });

  it('ruleOptimizer reports its hyper-parameters with defaults filled in', () => {
    const opt = ruleOptimizer(rule(preset('adam')), { lr: 0.01, beta: 0.9 });
    expect(opt.name).toBe('custom-rule');
    expect(opt.hyper).toEqual({ lr: 0.01, beta: 0.9, beta2: 0.999, eps: 1e-8 });
    expect(ruleOptimizer(rule('w = w - lr*g'), { lr: 0.1, beta: 0 }).hyper.beta).toBe(0);
  });

  it('ruleOptimizer returns NaN steps rather than throwing on a rule that divides by zero', () => {
    const opt = ruleOptimizer(rule('w = w - g/v'), { lr: 1, beta: 0 });
    const u = opt.update([1], opt.init([0]), [0], () => [0]);
    expect(u.step[0]).toBe(-Infinity);
  });
});

describe('parseUpdateRule', () => {
  it.each(RULE_PRESETS.map((p) => [p.id, p.source]))(
    'parseUpdateRule reads the %s preset',
    (_id, source) => {
      expect(parseUpdateRule(source).ok).toBe(true);
    },
  );

  it('parseUpdateRule typesets each line as an aligned assignment', () => {
    const r = parseUpdateRule('v = beta*v + g\nw = w - lr*v');
    expect(r.ok && r.tex).toBe(
      '\\begin{aligned} v &\\leftarrow \\beta v + g \\\\ w &\\leftarrow w - \\alpha v \\end{aligned}',
    );
    const adamTex = parseUpdateRule(preset('adam'));
    expect(adamTex.ok && adamTex.tex).toContain(
      'w &\\leftarrow w - \\alpha \\frac{\\frac{m}{1 - \\beta^{t}}}{\\sqrt{\\frac{s}{1 - \\beta_2^{t}}} + \\varepsilon}',
    );
    const nag = parseUpdateRule(preset('nesterov'));
    expect(nag.ok && nag.tex).toContain('\\nabla f\\left(w - \\alpha \\beta v\\right)');
  });

  it('parseUpdateRule accepts ;, ←, Greek letters and blank lines', () => {
    const a = parseUpdateRule('v ← β v + g; w ← w − α v;');
    const b = parseUpdateRule('\n  v = beta*v + g\n\n  w = w - lr*v\n');
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.tex).toBe(b.tex);
  });

  it('parseUpdateRule lists the state vectors a rule uses', () => {
    const r = parseUpdateRule(preset('adam'));
    expect(r.ok && r.rule.state).toEqual(['m', 's']);
    const gdRule = parseUpdateRule('w = w - lr*g');
    expect(gdRule.ok && gdRule.rule.state).toEqual([]);
  });

  const errors: [string, string, number][] = [
    ['', 'empty', 0],
    ['  \n ; \n', 'empty', 0],
    ['v = beta*v + g', 'never changes w', 14],
    ['g = 2*g\nw = w - lr*g', "'g' cannot be assigned", 0],
    ['t = 1; w = w', "'t' cannot be assigned", 0],
    ['lr = 0.1; w = w - lr*g', "'lr' cannot be assigned", 0],
    ['β = 0.5; w = w', "'β' cannot be assigned", 0],
    ['z = g; w = w - z', "'z' cannot be assigned", 0],
    ['w = w - lr*x', "Unknown name 'x'", 11],
    ['w = w - lr*gg', 'write g*g', 11],
    ['w = w - lr*grd(w)', 'did you mean grad?', 11],
    ['w = w - lr*grad()', 'grad takes exactly 1 argument', 11],
    ['w = w - lr*grad(w, v)', 'grad takes exactly 1 argument', 11],
    ['w - lr*g', "Missing '='", 2],
    ['w == w', "single '='", 3],
    ['w = ', 'missing after', 2],
    ['v = g w = w - v', 'own line', 8],
    ['2 = w', 'name = expression', 0],
    [Array.from({ length: 21 }, () => 'w = w').join('\n'), 'at most 20 lines', 120],
    ['w = w - lr*g\n' + 'x'.repeat(500), 'limit is 500', 500],
  ];
  it.each(errors)('parseUpdateRule(%j) is refused: %s', (source, message, index) => {
    const r = parseUpdateRule(source);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain(message);
      expect(r.error.index).toBe(index);
    }
  });
});
