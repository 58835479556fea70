import type { Vector } from '../types';

/**
 * The stages optimizers are composed of, in the optax shape (`optax/_src/transform.py`): each
 * turns the incoming update u — at first the gradient — into the next, coordinate by
 * coordinate, keeping its own state. Each is written once, as the arithmetic of one coordinate
 * (`Stage.at`); `chain` (./chain.ts) runs that same arithmetic in the pure update (on a copy of
 * the state) and in the in-place kernel, so the two are bit-identical by construction, and
 * spells it in the formula engine's update-rule language for the rule presets (lib/expr).
 */

/** The state vectors a stage may keep, named as in update rules; each starts at 0. */
export type StateName = 'v' | 'm' | 's';

/** One run's state, in place: the named vectors and the running powers c^k of the stages. */
export interface RunState {
  readonly vectors: { readonly [K in StateName]?: Float64Array };
  /** c^k for each base c a stage keeps a power of (Adam's β₁ᵏ, β₂ᵏ), in stage order. */
  readonly powers: Float64Array;
}

/**
 * A stage bound to one run's state. A subclass writes its arithmetic once, for one coordinate,
 * in `at` (and, if it keeps running powers, advances them in `begin`); the loops over the
 * coordinates are this class's. Stages are class instances rather than closures because V8
 * inlines `this.at` in these loops, which keeps a chained step as fast as a hand-fused one.
 */
export abstract class Stage {
  /** Once per step, before the coordinates. */
  begin(): void {}
  /** The outgoing update at coordinate i given the incoming x; updates the state at i. */
  abstract at(i: number, x: number): number;
  /** to ← this stage applied to from (the two may be one array). */
  run(from: Float64Array, to: Float64Array): void {
    this.begin();
    for (let i = 0; i < to.length; i++) to[i] = this.at(i, from[i]);
  }
  /** The last stage of a kernel: w ← w + (−α · this stage applied to from), in one loop. */
  descend(from: Float64Array, w: Float64Array, lr: number): void {
    this.begin();
    for (let i = 0; i < w.length; i++) w[i] = w[i] + -(lr * this.at(i, from[i]));
  }
}

/** A stage's lines in the update-rule language and the expression it hands on. */
export interface RuleText {
  readonly lines: readonly string[];
  readonly output: string;
}

/** One element-wise stage of an optimizer. */
export interface Transform {
  /** The state vectors it keeps. */
  readonly vectors: readonly StateName[];
  /** Bases whose running powers (starting at c⁰ = 1) it keeps. */
  readonly powers: readonly number[];
  /** Binds it to a run's state; `firstPower` is the index of its first power in `state.powers`. */
  bind(state: RunState, firstPower: number): Stage;
  /** Its update in the update-rule language, given the expression of its input. */
  rule(input: string): RuleText;
}

/** Where a chain's input comes from: the gradient at w, or at another point. */
export interface GradientSource {
  /**
   * Bound to a run's state, or null for the gradient at w itself (used as it is, no copy). A
   * bound source writes the gradient the chain starts from into `out`: `g` is ∇f(w) (possibly
   * noisy), `gradInto` evaluates the (noisy) gradient elsewhere.
   */
  bind(state: RunState): BoundSource | null;
  /** The gradient's expression in the update-rule language. */
  readonly rule: string;
}

/** A gradient source bound to a run. */
export interface BoundSource {
  write(w: Float64Array, g: Float64Array, gradInto: GradInto, out: Float64Array): void;
}

/** Evaluates the (possibly noisy) gradient at p into `out`. */
export type GradInto = (p: Float64Array, out: Float64Array) => void;

const vector = (state: RunState, name: StateName): Float64Array => {
  const v = state.vectors[name];
  if (!v) throw new Error(`optimizer state has no vector ${name}`);
  return v;
};

/** A simple name or a call reads without parentheses; anything else gets them. */
const group = (expr: string): string => (/^[a-z]\w*(\(.*\))?$/i.test(expr) ? expr : `(${expr})`);

/**
 * Momentum's velocity: v ← βv + u, hand on v (optax `trace`). With scaleByLearningRate this is
 * the heavy ball, z_{k+1} = βz_k + ∇f(w_k), w_{k+1} = w_k − α z_{k+1}.
 */
export function trace(beta: number): Transform {
  return {
    vectors: ['v'],
    powers: [],
    bind: (state) => new TraceStage(beta, vector(state, 'v')),
    rule: (input) => ({ lines: [`v = beta*v + ${input}`], output: 'v' }),
  };
}

class TraceStage extends Stage {
  constructor(
    private readonly beta: number,
    private readonly v: Float64Array,
  ) {
    super();
  }
  at(i: number, x: number): number {
    const next = this.beta * this.v[i] + x;
    this.v[i] = next;
    return next;
  }
}

/** An exponential moving average: v ← βv + (1 − β)u, hand on v (optax `ema`, no debiasing). */
export function ema(beta: number): Transform {
  return {
    vectors: ['v'],
    powers: [],
    bind: (state) => new EmaStage(beta, vector(state, 'v')),
    rule: (input) => ({ lines: [`v = beta*v + (1 - beta)*${group(input)}`], output: 'v' }),
  };
}

class EmaStage extends Stage {
  private readonly keep: number;
  constructor(
    private readonly beta: number,
    private readonly v: Float64Array,
  ) {
    super();
    this.keep = 1 - beta;
  }
  at(i: number, x: number): number {
    const next = this.beta * this.v[i] + this.keep * x;
    this.v[i] = next;
    return next;
  }
}

/**
 * Divides by the root mean square of past updates: s ← ρs + (1 − ρ)u², hand on u/(√s + ε)
 * (optax `scale_by_rms`). ρ is written `beta` in update rules.
 */
export function scaleByRms(decay: number, eps: number): Transform {
  return {
    vectors: ['s'],
    powers: [],
    bind: (state) => new RmsStage(decay, eps, vector(state, 's')),
    rule: (input) => ({
      lines: [`s = beta*s + (1 - beta)*${group(input)}^2`],
      output: `${group(input)}/(sqrt(s) + eps)`,
    }),
  };
}

class RmsStage extends Stage {
  private readonly keep: number;
  constructor(
    private readonly decay: number,
    private readonly eps: number,
    private readonly s: Float64Array,
  ) {
    super();
    this.keep = 1 - decay;
  }
  at(i: number, x: number): number {
    const next = this.decay * this.s[i] + this.keep * (x * x);
    this.s[i] = next;
    return x / (Math.sqrt(next) + this.eps);
  }
}

/**
 * Adam's scaling (optax `scale_by_adam`), with k counting steps from 1:
 * m ← β₁m + (1 − β₁)u, s ← β₂s + (1 − β₂)u², hand on (m/(1 − β₁ᵏ)) / (√(s/(1 − β₂ᵏ)) + ε).
 * β₁ᵏ and β₂ᵏ are running products (exact in every engine).
 */
export function scaleByAdam(beta1: number, beta2: number, eps: number): Transform {
  return {
    vectors: ['m', 's'],
    powers: [beta1, beta2],
    bind: (state, first) =>
      new AdamStage(beta1, beta2, eps, vector(state, 'm'), vector(state, 's'), state.powers, first),
    rule: (input) => ({
      lines: [
        `m = beta*m + (1 - beta)*${group(input)}`,
        `s = beta2*s + (1 - beta2)*${group(input)}^2`,
      ],
      output: '(m/(1 - beta^t))/(sqrt(s/(1 - beta2^t)) + eps)',
    }),
  };
}

class AdamStage extends Stage {
  private readonly keep1: number;
  private readonly keep2: number;
  /** 1 − β₁ᵏ and 1 − β₂ᵏ for this step. */
  private c1 = 0;
  private c2 = 0;
  constructor(
    private readonly beta1: number,
    private readonly beta2: number,
    private readonly eps: number,
    private readonly m: Float64Array,
    private readonly s: Float64Array,
    private readonly powers: Float64Array,
    private readonly first: number,
  ) {
    super();
    this.keep1 = 1 - beta1;
    this.keep2 = 1 - beta2;
  }
  begin(): void {
    const { powers, first } = this;
    powers[first] = powers[first] * this.beta1;
    powers[first + 1] = powers[first + 1] * this.beta2;
    this.c1 = 1 - powers[first];
    this.c2 = 1 - powers[first + 1];
  }
  at(i: number, x: number): number {
    const mi = this.beta1 * this.m[i] + this.keep1 * x;
    const si = this.beta2 * this.s[i] + this.keep2 * (x * x);
    this.m[i] = mi;
    this.s[i] = si;
    return mi / this.c1 / (Math.sqrt(si / this.c2) + this.eps);
  }
}

/**
 * The descent step of every chain, optax `scale_by_learning_rate`: w_{k+1} = w_k + (−α u). Not a
 * stage of its own: `chain` fuses it into the update of w, so a step costs one loop fewer.
 */
export function descentRule(lr: string, direction: string): string {
  return `w = w - ${lr}*${group(direction)}`;
}

/** The gradient at w itself. */
export const gradientAtW: GradientSource = { bind: () => null, rule: 'g' };

/**
 * Nesterov's look-ahead: the chain starts from ∇f(w − αβv), the gradient where the velocity v
 * is about to carry the point, instead of ∇f(w).
 */
export function lookAhead(lr: number, beta: number): GradientSource {
  return {
    bind: (state) => new LookAhead(lr * beta, vector(state, 'v')),
    rule: 'grad(w - lr*beta*v)',
  };
}

class LookAhead implements BoundSource {
  private readonly look: Float64Array;
  constructor(
    private readonly reach: number,
    private readonly v: Float64Array,
  ) {
    this.look = new Float64Array(v.length);
  }
  write(w: Float64Array, _g: Float64Array, gradInto: GradInto, out: Float64Array): void {
    const { look, reach, v } = this;
    for (let i = 0; i < w.length; i++) look[i] = w[i] - reach * v[i];
    gradInto(look, out);
  }
}

/** The vectors of a state as plain arrays (for the pure, immutable state). */
export function vectorsOf(state: RunState): { readonly [K in StateName]?: Vector } {
  const out: { [K in StateName]?: Vector } = {};
  for (const [name, values] of Object.entries(state.vectors) as [StateName, Float64Array][])
    out[name] = Array.from(values);
  return out;
}
