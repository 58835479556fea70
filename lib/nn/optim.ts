// What lib/nn uses of the optimizer core, imported module by module rather than through
// lib/optim's index: the index also builds the objective registry and the cars data at load
// time, which a bundler must keep, and the Web Worker's bundle (next.config.js) would carry
// 63 KB of car data it never reads. Same public functions, one place to follow if they move.
export { makeOptimizer, type OptimizerName } from '../optim/optimizers/make';
export { gaussian, mulberry32, portableLog, shuffledIndices } from '../optim/random';
export { settledAbove } from '../optim/settle';
export type { Optimizer, OptimizerKernel } from '../optim/types';
