// The optimizer core: objectives, optimizers, simulation, closed forms and training.
// Pure TypeScript; this file only re-exports.
export type {
  GradInto,
  Objective,
  Optimizer,
  OptimizerKernel,
  OptimizerUpdate,
  Vector,
} from './types';

export { quadratic, illConditionedBowl } from './objectives/quadratic';
export type { QuadraticObjective, QuadraticOptions, BowlOptions } from './objectives/quadratic';
export { rosenbrock, himmelblau, booth, beale, saddle, narrowValley } from './objectives/classic';
export { chain } from './objectives/chain';
export type { ChainObjective } from './objectives/chain';
export { defineObjective } from './objectives/define';
export type { ObjectiveSpec } from './objectives/define';
export { objectives, getObjective } from './objectives/registry';

export { gd } from './optimizers/gd';
export { heavyBall } from './optimizers/heavy-ball';
export { emaMomentum } from './optimizers/ema-momentum';
export { nesterov } from './optimizers/nesterov';
export { rmsprop } from './optimizers/rmsprop';
export { adam } from './optimizers/adam';
// Optimizers are chains of element-wise stages (./optimizers/transforms.ts, ./optimizers/chain.ts).
export type { ChainState, ChainedOptimizer } from './optimizers/chain';
export { isOptimizerName, makeOptimizer, optimizerNames } from './optimizers/make';
export type { OptimizerName } from './optimizers/make';

export { simulate, settleMargin } from './simulate';
export type {
  Rejection,
  SettleProof,
  SimulateOptions,
  SimulationResult,
  SimulationStatus,
} from './simulate';
export { QuadraticEnvelope, quadraticRecurrence } from './envelope';
export type { Recurrence } from './envelope';
export { Trajectory } from './trajectory';

export {
  gdRate,
  gdFactor,
  gdSpectrumRate,
  optimalGd,
  momentumRoots,
  momentumRate,
  momentumSpectrumRate,
  optimalMomentum,
  nesterovRate,
  nesterovSpectrumRate,
  optimalNesterov,
  criticalBeta,
  stabilityLimit,
  stepsToTolerance,
  gdLoss,
} from './quadratic-analysis';
export {
  momentumMatrix,
  momentumMatrixPower,
  momentumProjectors,
  momentumLoss,
  mat2Multiply,
} from './momentum-matrix';
export type { Mat2 } from './momentum-matrix';
export { unrolledMomentum } from './unrolled';
export { rateMap, RateRegion, linspace } from './rate-map';
export type { RateMap, RateMapOptions, RateRegionCode, AxisSpec } from './rate-map';
export { symmetricEigen, eigenComponents } from './eigen';
export type { SymmetricEigen, EigenComponents } from './eigen';
export { ema, emaWeights, effectiveWindow, alternatingAmplitude, constantAverage } from './ema';
export { complex, cadd, csub, cmul, cdiv, cabs, cpow } from './complex';
export type { Complex } from './complex';
export { mulberry32, gaussian, portableLog, shuffledIndices } from './random';
export type { Uniform } from './random';

export { trainingProblem } from './training/linear-regression';
export type {
  CarFeature,
  TrainingProblem,
  TrainingProblemOptions,
} from './training/linear-regression';
export { leastSquares } from './training/least-squares';
export { train } from './training/train';
export type { TrainOptions, TrainResult } from './training/train';
export { ratioOf, speedup, stepsToReach } from './training/speedup';
export type { LossRun, Speedup } from './training/speedup';

export { settledIndex, settledBelow, settledAbove, firstBelow } from './settle';
