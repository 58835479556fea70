import type { Optimizer, OptimizerKernel, Vector } from '../types';
import {
  descentRule,
  gradientAtW,
  vectorsOf,
  type BoundSource,
  type GradientSource,
  type GradInto,
  type Stage,
  type RunState,
  type StateName,
  type Transform,
} from './transforms';
import { requireFinite } from './validate';

/** The pure state of a chained optimizer: its named vectors and running powers. */
export interface ChainState {
  readonly vectors: { readonly [K in StateName]?: Vector };
  readonly powers: readonly number[];
}

/** A chained optimizer, with its update spelt in the update-rule language (lib/expr). */
export interface ChainedOptimizer extends Optimizer<ChainState> {
  /** The same update as an update rule, e.g. `v = beta*v + g\nw = w - lr*v`. */
  readonly rule: string;
}

/** What names an optimizer and how its stages are put together. */
export interface ChainSpec {
  readonly name: string;
  readonly label: string;
  /** The hyper-parameters, defaults filled in (checked to be finite). */
  readonly hyper: Readonly<Record<string, number>>;
  /** Where the first stage's input comes from (default: the gradient at w). */
  readonly source?: GradientSource;
  /** The stages that shape the gradient into a direction, in order (may be none). */
  readonly stages: readonly Transform[];
  /** The step size α of the descent, w_{k+1} = w_k − α·direction. */
  readonly lr: number;
}

/** A fresh run state for `dim` coordinates: every vector 0, every power c⁰ = 1. */
function freshState(stages: readonly Transform[], dim: number): RunState {
  const vectors: { [K in StateName]?: Float64Array } = {};
  for (const stage of stages)
    for (const name of stage.vectors) vectors[name] = new Float64Array(dim);
  const powers = new Float64Array(stages.reduce((n, s) => n + s.powers.length, 0)).fill(1);
  return { vectors, powers };
}

/** A run bound to its state, with the buffers its steps reuse. */
interface BoundRun {
  readonly source: BoundSource | null;
  readonly stages: readonly Stage[];
  readonly ahead: Float64Array;
  readonly u: Float64Array;
}

function bindRun(
  stages: readonly Transform[],
  source: GradientSource,
  state: RunState,
  dim: number,
): BoundRun {
  let first = 0;
  const bound = stages.map((stage) => {
    const stageFirst = first;
    first += stage.powers.length;
    return stage.bind(state, stageFirst);
  });
  return {
    source: source.bind(state),
    stages: bound,
    ahead: new Float64Array(dim),
    u: new Float64Array(dim),
  };
}

/** The chain's input this step: ∇f(w) itself, or the source's gradient (Nesterov's look-ahead). */
function input(run: BoundRun, w: Float64Array, g: Float64Array, gradInto: GradInto): Float64Array {
  if (run.source === null) return g;
  run.source.write(w, g, gradInto, run.ahead);
  return run.ahead;
}

/** Runs every stage but the last on `from`; returns what the last one reads. */
function throughAllButLast(run: BoundRun, from: Float64Array): Float64Array {
  const stages = run.stages;
  if (stages.length < 2) return from;
  stages[0].run(from, run.u);
  for (let k = 1; k < stages.length - 1; k++) stages[k].run(run.u, run.u);
  return run.u;
}

/**
 * Chains stages into an optimizer (optax `chain`, ending in `scale_by_learning_rate`): the
 * gradient passes through each stage, w_{k+1} = w_k + (−α·direction), with every stage's state
 * kept explicitly. Its pure `update` runs the kernel's own code on a copy of the state, so
 * nothing is mutated and the two paths cannot differ. `rule` spells the same update in the
 * update-rule language.
 */
export function chain(spec: ChainSpec): ChainedOptimizer {
  requireFinite(spec.name, spec.hyper);
  const { stages, lr } = spec;
  const source = spec.source ?? gradientAtW;
  return {
    name: spec.name,
    label: spec.label,
    hyper: spec.hyper,
    rule: ruleSource(source, stages),
    init(w0) {
      const state = freshState(stages, w0.length);
      return { vectors: vectorsOf(state), powers: Array.from(state.powers) };
    },
    update(g, state, w, gradAt) {
      const dim = w.length;
      const run = freshState(stages, dim);
      for (const [name, values] of Object.entries(state.vectors) as [StateName, Vector][])
        run.vectors[name]?.set(values);
      run.powers.set(state.powers);
      const gradInto: GradInto = (p, into) => into.set(gradAt(Array.from(p)));
      const bound = bindRun(stages, source, run, dim);
      const u = throughAllButLast(
        bound,
        input(bound, Float64Array.from(w), Float64Array.from(g), gradInto),
      );
      const last = bound.stages.at(-1);
      last?.run(u, bound.u);
      const direction = last ? bound.u : u;
      return {
        step: Array.from(direction, (ui) => -(lr * ui)),
        state: { vectors: vectorsOf(run), powers: Array.from(run.powers) },
      };
    },
    kernel(w0): OptimizerKernel {
      return new ChainKernel(bindRun(stages, source, freshState(stages, w0.length), w0.length), lr);
    },
  };
}

/**
 * The in-place step of a chain: w ← w + (−α u), the descent fused into the last stage's loop
 * (the pure update does the same arithmetic in two passes).
 */
class ChainKernel implements OptimizerKernel {
  private readonly last: Stage | null;
  constructor(
    private readonly run: BoundRun,
    private readonly lr: number,
  ) {
    this.last = run.stages.at(-1) ?? null;
  }
  step(w: Float64Array, g: Float64Array, gradInto: GradInto): void {
    const u = throughAllButLast(this.run, input(this.run, w, g, gradInto));
    const lr = this.lr;
    if (this.last !== null) this.last.descend(u, w, lr);
    else for (let i = 0; i < w.length; i++) w[i] = w[i] + -(lr * u[i]);
  }
}

/** The chain in the update-rule language: each stage's lines, then w = w − lr·(direction). */
function ruleSource(source: GradientSource, stages: readonly Transform[]): string {
  const lines: string[] = [];
  let direction = source.rule;
  for (const stage of stages) {
    const text = stage.rule(direction);
    lines.push(...text.lines);
    direction = text.output;
  }
  lines.push(descentRule('lr', direction));
  return lines.join('\n');
}
