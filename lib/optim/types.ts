/**
 * Shared types of the optimizer core. Nothing here runs; every other file in lib/optim imports
 * from this one so that objectives, optimizers and the simulator agree on one vocabulary.
 */

/** A point or a direction in parameter space: an immutable list of coordinates. */
export type Vector = readonly number[];

/** Writes the gradient of an objective at `w` into `out` (length `dim`), allocating nothing. */
export type GradInto = (w: ArrayLike<number>, out: Float64Array) => void;

/**
 * A differentiable function to minimise, as a named record.
 *
 * Only `f` and `grad` are required. `fArray` and `gradInto` are optional fast paths over
 * typed arrays that `simulate` uses when present; when an objective provides them they must
 * perform exactly the same floating-point operations as `f` and `grad` (the built-ins share
 * one implementation), so the fast and the pure simulation are bit-identical.
 */
export interface Objective {
  /** Stable id (kebab-case); state and URLs are stored against it. */
  readonly id: string;
  /** Human-readable name. */
  readonly label: string;
  /** The formula as LaTeX, e.g. `\tfrac12 (w-c)^\top A (w-c)`. */
  readonly tex: string;
  /** Number of parameters. */
  readonly dim: number;
  /** The value f(w). */
  f(w: Vector): number;
  /** The gradient ∇f(w), a fresh array. */
  grad(w: Vector): Vector;
  /** f over any array-like (a Float64Array in the fast path), same arithmetic as `f`. */
  fArray?(w: ArrayLike<number>): number;
  /** ∇f written into `out`, same arithmetic as `grad`. */
  gradInto?: GradInto;
  /** A (the principal) global minimiser w*, when known. */
  readonly minimizer?: Vector;
  /** Every known global minimiser (Himmelblau has four), when more than one. */
  readonly minimizers?: readonly Vector[];
  /** The minimum value f(w*), when known. */
  readonly minimum?: number;
  /** Hessian eigenvalues λ₁ ≤ … ≤ λₙ, for quadratics. */
  readonly eigenvalues?: readonly number[];
  /** Unit Hessian eigenvectors q₁ … qₙ (the columns of Q), matching `eigenvalues`. */
  readonly eigenvectors?: readonly Vector[];
  /** A plotting window for 2-D objectives: x and y ranges showing the interesting part. */
  readonly view?: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** A suggested starting point that makes a good first picture. */
  readonly start?: Vector;
}

/**
 * An optimizer's in-place fast path for one run, created by `Optimizer.kernel(w0)`; it owns
 * its state and scratch buffers. `step` reads the gradient `g` at `w` and moves `w` in place,
 * with exactly the arithmetic of the pure `update` (tests hold the two bit for bit).
 */
export interface OptimizerKernel {
  step(
    w: Float64Array,
    g: Float64Array,
    gradInto: (p: Float64Array, out: Float64Array) => void,
  ): void;
}

/** What `update` returns: the step to add to the parameters and the next state. */
export interface OptimizerUpdate<S> {
  /** The change to the parameters: w_{k+1} = w_k + step (the step carries the minus sign). */
  readonly step: Vector;
  readonly state: S;
}

/**
 * An optimizer in the optax shape: two pure functions over explicit state.
 *
 * `update(g, state, w, gradAt)` receives the (possibly noisy) gradient g = ∇f(w) and may ask
 * for the gradient at another point with `gradAt` (Nesterov's look-ahead). Nothing is mutated;
 * the new parameters are `w + step`. Built-in optimizers also offer `kernel`, an equivalent
 * in-place loop body over Float64Array; optimizers built from user-typed rules need not.
 *
 * Reference: optax `GradientTransformation` (optax/_src/base.py).
 */
export interface Optimizer<S> {
  /** Stable id: 'gd', 'heavy-ball', 'ema-momentum', 'nesterov', 'rmsprop', 'adam' or custom. */
  readonly name: string;
  readonly label: string;
  /** The hyper-parameters actually used, defaults filled in. */
  readonly hyper: Readonly<Record<string, number>>;
  init(w0: Vector): S;
  update(g: Vector, state: S, w: Vector, gradAt: (p: Vector) => Vector): OptimizerUpdate<S>;
  kernel?(w0: Float64Array): OptimizerKernel;
}
