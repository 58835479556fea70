import { mulberry32, shuffledIndices, type Optimizer, type OptimizerKernel } from './optim';
import type { DigitSet } from './digits';
import {
  createWorkspace,
  evaluate,
  initialParameters,
  lossAndGradient,
  parameterLayout,
  validateShape,
  type NetworkShape,
} from './mlp';

/** What every optimizer in a race shares: the network, the data, the batches and the seed. */
export interface TrainingSetup {
  readonly shape: NetworkShape;
  readonly data: Pick<DigitSet, 'train' | 'test'>;
  /** Examples per step; the training set's size (or more) means full batch. */
  readonly batchSize: number;
  /**
   * Seed of the starting weights and of the minibatch shuffles. Every optimizer of a race starts
   * from the same weights and sees the same batches in the same order (common random numbers),
   * so the race compares optimizers, not luck.
   */
  readonly seed: number;
  /**
   * Record the training loss after each epoch (a forward pass over the training set, about a
   * third of an epoch's work). Default true; the tuning runs, which only need test accuracy,
   * skip it.
   */
  readonly trackLoss?: boolean;
}

/** One optimizer's training run, advanced a unit of work at a time. */
export interface Lane {
  readonly optimizer: Optimizer<unknown>;
  /** losses[e]: mean training loss after e epochs (losses[0] at the start); empty without trackLoss. */
  readonly losses: number[];
  /** accuracies[e]: fraction of the test digits classified correctly after e epochs. */
  readonly accuracies: number[];
  /** The current parameters (owned by the lane: read, never write). */
  readonly params: Float64Array;
  /** Completed epochs. */
  epochs(): number;
  /** True once a loss or a parameter stopped being finite; the lane then does no more work. */
  diverged(): boolean;
  /**
   * One unit of work: an optimizer step on the next batch, or, after an epoch's last batch, the
   * evaluation on the training and test sets. Returns 'epoch' when an epoch was recorded.
   */
  work(): 'step' | 'epoch' | 'diverged';
}

/** Largest |parameter| still counted as training rather than diverging. */
const EXPLODED = 1e8;

/**
 * Whether an optimizer reads the gradient at the current point. Nesterov's look-ahead form only
 * asks for the gradient at w − αβz (see lib/optim's `nesterov`), so computing it at w would
 * double the work for nothing; a test holds the kernel path to the pure `update` path, which
 * would catch a change in that.
 */
function readsGradientAtPoint(optimizer: Optimizer<unknown>): boolean {
  return optimizer.name !== 'nesterov';
}

/**
 * The optimizer's in-place kernel, or, for an optimizer without one (a rule typed by a learner),
 * its pure `init`/`update` wrapped to act in place.
 */
export function kernelOf(optimizer: Optimizer<unknown>, w0: Float64Array): OptimizerKernel {
  if (optimizer.kernel) return optimizer.kernel(w0);
  let state = optimizer.init(Array.from(w0));
  return {
    step(w, g, gradInto) {
      const gradAt = (p: readonly number[]) => {
        const out = new Float64Array(p.length);
        gradInto(Float64Array.from(p), out);
        return Array.from(out);
      };
      const update = optimizer.update(Array.from(g), state, Array.from(w), gradAt);
      for (let i = 0; i < w.length; i++) w[i] = w[i] + update.step[i];
      state = update.state;
    },
  };
}

/** Starts one optimizer's run from the setup's seeded weights. */
export function createLane(setup: TrainingSetup, optimizer: Optimizer<unknown>): Lane {
  const { shape, data, seed } = setup;
  validateShape(shape);
  const train = data.train;
  const n = train.n;
  if (n < 1) throw new RangeError('the training set is empty');
  if (train.features !== shape.inputs)
    throw new RangeError(
      `the network takes ${shape.inputs} inputs, the digits have ${train.features}`,
    );
  const batch = Math.max(1, Math.min(n, Math.floor(setup.batchSize)));
  if (!Number.isFinite(batch))
    throw new RangeError(`batch size ${setup.batchSize} is not a number`);
  const params = initialParameters(shape, seed);
  const size = parameterLayout(shape).size;
  const grad = new Float64Array(size);
  const ws = createWorkspace(shape);
  const kernel = kernelOf(optimizer, params);
  const uniform = mulberry32((seed ^ 0x5bd1e995) >>> 0);
  const natural = Int32Array.from({ length: n }, (_, i) => i);
  const readsPoint = readsGradientAtPoint(optimizer);

  let order: ArrayLike<number> = natural;
  let position = 0; // next example of the epoch
  let done = 0;
  let isDiverged = false;
  const trackLoss = setup.trackLoss ?? true;
  const record = () => {
    const onTest = evaluate(shape, params, data.test, ws);
    const loss = trackLoss ? evaluate(shape, params, train, ws).loss : onTest.loss;
    if (!Number.isFinite(loss) || params.some((p) => !(Math.abs(p) <= EXPLODED))) {
      isDiverged = true;
      return false;
    }
    if (trackLoss) lane.losses.push(loss);
    lane.accuracies.push(onTest.accuracy);
    return true;
  };
  let batchFrom = 0;
  let batchTo = 0;
  const gradInto = (p: Float64Array, out: Float64Array) => {
    lossAndGradient(shape, p, train, order, batchFrom, batchTo, out, ws);
  };

  const lane: Lane = {
    optimizer,
    losses: [],
    accuracies: [],
    params,
    epochs: () => done,
    diverged: () => isDiverged,
    work() {
      if (isDiverged) return 'diverged';
      if (position >= n) {
        position = 0;
        if (!record()) return 'diverged';
        done++;
        return 'epoch';
      }
      // A full batch keeps the data's order; minibatches reshuffle at the start of each epoch.
      if (position === 0 && batch < n) order = shuffledIndices(n, uniform);
      batchFrom = position;
      batchTo = Math.min(n, position + batch);
      if (readsPoint) gradInto(params, grad);
      kernel.step(params, grad, gradInto);
      position = batchTo;
      return 'step';
    },
  };
  if (!record()) isDiverged = true;
  return lane;
}
