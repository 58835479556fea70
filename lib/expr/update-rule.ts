import { makeOptimizer, type Optimizer, type Vector } from '@/lib/optim';
import { type Node, num } from './ast';
import { compile, type Compiled } from './compile';
import { RULE_DIALECT } from './dialect';
import { ExprSyntaxError, at, failure, type Failure } from './errors';
import { LIMITS } from './limits';
import { parseAssignments } from './parser';
import { fold } from './simplify';
import { toTex } from './tex';

/** The vectors a rule may assign: the parameters and three state vectors. */
export type RuleTarget = 'w' | 'v' | 'm' | 's';

/** One line of a rule, `target ← expr`, elementwise over the parameter vector. */
export interface RuleStatement {
  readonly target: RuleTarget;
  readonly expr: Node;
}

/** A parsed update rule: its statements in order, and the state vectors it keeps. */
export interface UpdateRule {
  readonly source: string;
  readonly statements: readonly RuleStatement[];
  /** State vectors read or written (v, m, s), in that order; each starts at 0. */
  readonly state: readonly Exclude<RuleTarget, 'w'>[];
}

/** The result of {@link parseUpdateRule}: a value, never an exception. */
export type RuleParse =
  { readonly ok: true; readonly rule: UpdateRule; readonly tex: string } | Failure;

/** Hyper-parameters of a rule; `beta` is β₁ in Adam's notation. */
export interface RuleHyper {
  readonly lr: number;
  readonly beta: number;
  /** Default 0.999. */
  readonly beta2?: number;
  /** Default 1e-8. */
  readonly eps?: number;
}

/** The state of a rule optimizer: the step count, its state vectors and running powers β^t. */
export interface RuleState {
  /** Updates done so far (t in the rule is this + 1 during an update). */
  readonly t: number;
  /** One vector per entry of `rule.state`, same order. */
  readonly vectors: readonly Vector[];
  /** c^t for each constant c raised to t in the rule, kept as running products. */
  readonly powers: readonly number[];
}

const STATE_TARGETS: readonly Exclude<RuleTarget, 'w'>[] = ['v', 'm', 's'];

/** Why a name cannot be assigned, by canonical name. */
const READ_ONLY: ReadonlyMap<string, string> = new Map([
  ['g', 'g is the gradient at w, computed for you: store what you need in v, m or s'],
  ['t', 't counts the steps (1, 2, 3, …) and cannot be assigned'],
  ['lr', 'the step size α is set by its slider, not by the rule'],
  ['beta', 'β is set by its slider, not by the rule'],
  ['beta2', 'β₂ is set by its slider, not by the rule'],
  ['eps', 'ε is a fixed constant, not set by the rule'],
]);

/**
 * Ready-made rules for the lessons and the playground: the built-in optimizers as lib/optim
 * composes them, spelt in this language by their chains (so a preset and its optimizer are one
 * definition, and run bit for bit alike).
 */
export const RULE_PRESETS: readonly {
  readonly id: string;
  readonly label: string;
  readonly source: string;
}[] = (['gd', 'heavy-ball', 'ema-momentum', 'nesterov', 'adam'] as const).map((id) => {
  const optimizer = makeOptimizer(id, { lr: 1 });
  return { id, label: optimizer.label, source: optimizer.rule };
});

/**
 * Reads an update rule: one assignment per line (or separated by ';'), run in order at every
 * step and elementwise over the parameter vector, e.g.
 *
 *   v = beta*v + g
 *   w = w - lr*v
 *
 * Names: w (parameters; the rule must assign it), state vectors v, m, s (start at 0), t (the
 * step number from 1), lr / alpha / α, beta / β, beta2, eps, g (the gradient at w) and
 * grad(p), the gradient at another point p; plus every function of the formula grammar.
 * `=` may also be written `←`. Never throws: mistakes come back as `{ ok: false, error }`.
 */
export function parseUpdateRule(source: string): RuleParse {
  try {
    if (typeof source !== 'string')
      return failure('Type an update rule, for example w = w - lr*g.', 0);
    const lines = parseAssignments(source, RULE_DIALECT, LIMITS, checkTarget);
    if (lines.length === 0) {
      return failure('The rule is empty: type at least one line, for example w = w - lr*g.', 0);
    }
    const statements = lines.map((line) => ({
      target: line.target as RuleTarget,
      expr: line.expr,
    }));
    if (!statements.some((s) => s.target === 'w')) {
      return failure('The rule never changes w: add a line such as w = w - lr*v.', source.length);
    }
    const used = new Set<string>();
    for (const s of statements) {
      used.add(s.target);
      collectNames(s.expr, used);
    }
    const rule: UpdateRule = {
      source,
      statements,
      state: STATE_TARGETS.filter((n) => used.has(n)),
    };
    return { ok: true, rule, tex: ruleTex(rule) };
  } catch (e) {
    if (e instanceof ExprSyntaxError) return failure(e.message, e.index);
    return failure('This rule could not be read.', 0);
  }
}

/** Refuses (by throwing, inside the parser) a line that assigns anything but w, v, m, s. */
function checkTarget(typed: string, index: number): string {
  const name = RULE_DIALECT.variables.get(typed);
  if (name !== undefined && isTarget(name)) return name;
  const why = name !== undefined ? READ_ONLY.get(name) : undefined;
  throw new ExprSyntaxError(
    why
      ? `'${typed}' cannot be assigned ${at(index)}: ${why}.`
      : `'${typed}' cannot be assigned ${at(index)}: a rule assigns w and the state vectors v, m, s.`,
    index,
  );
}

function isTarget(name: string): name is RuleTarget {
  return name === 'w' || name === 'v' || name === 'm' || name === 's';
}

function collectNames(node: Node, out: Set<string>): void {
  switch (node.kind) {
    case 'num':
      return;
    case 'var':
      out.add(node.name);
      return;
    case 'neg':
      collectNames(node.arg, out);
      return;
    case 'binary':
      collectNames(node.left, out);
      collectNames(node.right, out);
      return;
    case 'call':
    case 'pick':
      for (const a of node.args) collectNames(a, out);
  }
}

/** The rule as aligned LaTeX lines: `v &\leftarrow \beta v + g \\ w &\leftarrow w - \alpha v`. */
export function ruleTex(rule: UpdateRule): string {
  const lines = rule.statements.map((s) => `${s.target} &\\leftarrow ${toTex(s.expr)}`);
  return `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;
}

/** What the compiled closures read during one update; private to one `update` call. */
interface Frame {
  i: number;
  t: number;
  w: Float64Array;
  g: ArrayLike<number>;
  vectors: Float64Array[];
  grads: ArrayLike<number>[];
  powers: readonly number[];
}

interface CompiledStatement {
  readonly target: RuleTarget;
  /** The value assigned, elementwise (absent when `step` is given). */
  readonly value?: Compiled<Frame>;
  /** For `w = w ± E`: E and its sign, so that step = ±E exactly as the core computes it. */
  readonly step?: { readonly sign: 1 | -1; readonly amount: Compiled<Frame> };
  /** grad(p) calls in evaluation order (inner before outer): slot and the point p. */
  readonly grads: readonly { readonly slot: number; readonly point: Compiled<Frame> }[];
}

/**
 * Turns a parsed rule into a core optimizer (optax shape): `init(w0)` gives zero state,
 * `update(g, state, w, gradAt)` runs the statements elementwise and returns the step
 * w_new − w (the step carries the minus sign) and the next state; nothing is mutated.
 *
 * The rule's arithmetic reproduces the core's optimizers bit for bit: hyper-parameters are
 * substituted and constant-folded first (so 1 − β and α·β are single numbers, as in the
 * core), a line `w = w − E` yields step = −E, u^2 is u·u, and β^t is kept as a running
 * product β·β·…·β (as the core's Adam does) rather than recomputed by Math.pow.
 */
export function ruleOptimizer(rule: UpdateRule, hyper: RuleHyper): Optimizer<RuleState> {
  const values = new Map<string, number>([
    ['lr', hyper.lr],
    ['beta', hyper.beta],
    ['beta2', hyper.beta2 ?? 0.999],
    ['eps', hyper.eps ?? 1e-8],
  ]);
  const slotOf = new Map<string, number>(rule.state.map((name, k) => [name, k]));
  const bases: number[] = [];
  let gradSlots = 0;

  const substitute = (node: Node): Node => {
    switch (node.kind) {
      case 'var': {
        const value = values.get(node.name);
        return value === undefined ? node : num(value, node.index);
      }
      case 'num':
        return node;
      case 'neg':
        return { ...node, arg: substitute(node.arg) };
      case 'binary':
        return { ...node, left: substitute(node.left), right: substitute(node.right) };
      case 'call':
        return { ...node, args: node.args.map(substitute) };
      case 'pick':
        return { ...node, args: node.args.map(substitute), picks: node.picks.map(substitute) };
    }
  };

  const compileStatement = (s: RuleStatement): CompiledStatement => {
    const grads: { slot: number; point: Compiled<Frame> }[] = [];
    const leaf = (node: Node): Compiled<Frame> | undefined => {
      if (node.kind === 'var') return variable(node.name, slotOf);
      if (
        node.kind === 'binary' &&
        node.op === '^' &&
        node.left.kind === 'num' &&
        isVar(node.right, 't')
      ) {
        const k = bases.length;
        bases.push(node.left.value);
        return (f) => f.powers[k];
      }
      if (node.kind === 'call' && node.fn === 'grad') {
        const point = compile(node.args[0], leaf);
        const slot = gradSlots++;
        grads.push({ slot, point });
        return (f) => f.grads[slot][f.i];
      }
      return undefined;
    };
    const expr = fold(substitute(s.expr));
    // A single `w = w ± E` becomes step = ±E, the core's own arithmetic (w + (−E) = w − E).
    if (
      s.target === 'w' &&
      wAssignments === 1 &&
      expr.kind === 'binary' &&
      (expr.op === '-' || expr.op === '+') &&
      isVar(expr.left, 'w')
    ) {
      return {
        target: s.target,
        step: { sign: expr.op === '-' ? -1 : 1, amount: compile(expr.right, leaf) },
        grads,
      };
    }
    return { target: s.target, value: compile(expr, leaf), grads };
  };

  const wAssignments = rule.statements.filter((s) => s.target === 'w').length;
  const statements = rule.statements.map(compileStatement);
  const frozenBases = bases.slice();

  return {
    name: 'custom-rule',
    label: 'Custom rule',
    hyper: Object.fromEntries(values),
    init: (w0) => ({
      t: 0,
      vectors: rule.state.map(() => w0.map(() => 0)),
      powers: frozenBases.map(() => 1),
    }),
    update: (g, state, w, gradAt) => {
      const n = w.length;
      const frame: Frame = {
        i: 0,
        t: state.t + 1,
        w: Float64Array.from(w),
        g,
        vectors: state.vectors.map((v) => Float64Array.from(v)),
        grads: [],
        powers: state.powers.map((p, k) => p * frozenBases[k]),
      };
      let step: number[] | undefined;
      for (const s of statements) {
        for (const call of s.grads) {
          const p = new Array<number>(n);
          fillPoint(call.point, frame, p, n);
          frame.grads[call.slot] = gradAt(p);
        }
        const out = new Float64Array(n);
        const stepOut = s.step ? new Array<number>(n) : NO_STEP;
        if (runStatement(s, frame, w, out, stepOut, n)) step = stepOut;
        if (s.target === 'w') frame.w = out;
        else frame.vectors[slotOf.get(s.target) as number] = out;
      }
      const finalStep = step ?? Array.from(frame.w, (wi, i) => wi - w[i]);
      return {
        step: finalStep,
        state: {
          t: frame.t,
          vectors: frame.vectors.map((v) => Array.from(v)),
          powers: frame.powers,
        },
      };
    },
    // The same statements in place, with buffers made once per run: simulate() takes this path,
    // and a rule then costs what a built-in optimizer does (the playground re-runs it on every
    // move of a slider). Both paths evaluate through fillPoint and runStatement, so every number
    // is computed the same way in the same order; only where the vectors live differs.
    kernel: (w0) => {
      const n = w0.length;
      let t = 0;
      const powers = frozenBases.map(() => 1);
      const vectors = rule.state.map(() => new Float64Array(n));
      // Two output buffers per statement, used on alternate steps: a statement never writes
      // into a vector it may still be reading (its own last value, or an earlier statement's).
      const outputs = statements.map(() => [new Float64Array(n), new Float64Array(n)]);
      const points = new Map<number, Float64Array>();
      const grads: Float64Array[] = [];
      for (const s of statements)
        for (const call of s.grads) {
          points.set(call.slot, new Float64Array(n));
          grads[call.slot] = new Float64Array(n);
        }
      const wStart = new Float64Array(n);
      const step = new Float64Array(n);
      const frame: Frame = { i: 0, t: 0, w: wStart, g: wStart, vectors, grads, powers };
      let parity = 0;
      return {
        step(w, g, gradInto) {
          t += 1;
          for (let k = 0; k < powers.length; k++) powers[k] = powers[k] * frozenBases[k];
          wStart.set(w);
          frame.t = t;
          frame.w = wStart;
          frame.g = g;
          let stepped = false;
          statements.forEach((s, index) => {
            for (const call of s.grads) {
              const p = points.get(call.slot) as Float64Array;
              fillPoint(call.point, frame, p, n);
              gradInto(p, grads[call.slot]);
            }
            const out = outputs[index][parity];
            if (runStatement(s, frame, wStart, out, step, n)) stepped = true;
            if (s.target === 'w') frame.w = out;
            else vectors[slotOf.get(s.target) as number] = out;
          });
          // w + step, the step being ±E or (new w − w), as simulate's pure path adds it.
          for (let i = 0; i < n; i++) w[i] = w[i] + (stepped ? step[i] : frame.w[i] - wStart[i]);
          parity = 1 - parity;
        },
      };
    },
  };
}

/** The step buffer of a statement that is not a step (runStatement never writes to it). */
const NO_STEP: number[] = [];

/** The point a `grad(p)` call evaluates at, element by element. */
function fillPoint(
  point: Compiled<Frame>,
  frame: Frame,
  p: { [i: number]: number },
  n: number,
): void {
  for (let i = 0; i < n; i++) {
    frame.i = i;
    p[i] = point(frame);
  }
}

/**
 * One statement's new vector into `out`. For `w = w ± E` the step ±E goes into `step` first and
 * `out` is w + step, the core's own arithmetic; returns whether the statement was such a step.
 */
function runStatement(
  s: CompiledStatement,
  frame: Frame,
  w: ArrayLike<number>,
  out: Float64Array,
  step: { [i: number]: number },
  n: number,
): boolean {
  if (s.step) {
    for (let i = 0; i < n; i++) {
      frame.i = i;
      const amount = s.step.amount(frame);
      step[i] = s.step.sign === -1 ? -amount : amount;
    }
    for (let i = 0; i < n; i++) out[i] = w[i] + step[i];
    return true;
  }
  const value = s.value as Compiled<Frame>;
  for (let i = 0; i < n; i++) {
    frame.i = i;
    out[i] = value(frame);
  }
  return false;
}

function isVar(node: Node, name: string): boolean {
  return node.kind === 'var' && node.name === name;
}

/** The closure reading a rule variable at the current element. */
function variable(name: string, slotOf: ReadonlyMap<string, number>): Compiled<Frame> {
  switch (name) {
    case 'w':
      return (f) => f.w[f.i];
    case 'g':
      return (f) => f.g[f.i];
    case 't':
      return (f) => f.t;
  }
  const slot = slotOf.get(name);
  if (slot === undefined) throw new Error(`ruleOptimizer: no binding for '${name}'`);
  return (f) => f.vectors[slot][f.i];
}
