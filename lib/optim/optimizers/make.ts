import type { ChainedOptimizer } from './chain';
import { adam } from './adam';
import { emaMomentum } from './ema-momentum';
import { gd } from './gd';
import { heavyBall } from './heavy-ball';
import { nesterov } from './nesterov';
import { rmsprop } from './rmsprop';

/** Ids of the built-in optimizers. */
export const optimizerNames = [
  'gd',
  'heavy-ball',
  'ema-momentum',
  'nesterov',
  'rmsprop',
  'adam',
] as const;
/** One of {@link optimizerNames}. */
export type OptimizerName = (typeof optimizerNames)[number];

/** Whether a name from outside the code (a lesson, a file, a URL) is a built-in optimizer's id. */
export function isOptimizerName(name: string): name is OptimizerName {
  return (optimizerNames as readonly string[]).includes(name);
}

/**
 * Builds a built-in optimizer from its stable id and a hyper-parameter record (e.g. from
 * sliders): `makeOptimizer('heavy-ball', { lr: 0.1, beta: 0.9 })`. Missing optional entries take
 * the optimizer's defaults; `lr` is required. Unknown names throw.
 */
export function makeOptimizer(
  name: OptimizerName,
  hyper: Readonly<Partial<Record<string, number>>>,
): ChainedOptimizer {
  const lr = hyper.lr;
  if (lr === undefined) throw new RangeError(`makeOptimizer('${name}'): lr is required`);
  switch (name) {
    case 'gd':
      return gd({ lr });
    case 'heavy-ball':
      return heavyBall({ lr, beta: hyper.beta });
    case 'ema-momentum':
      return emaMomentum({ lr, beta: hyper.beta });
    case 'nesterov':
      return nesterov({ lr, beta: hyper.beta });
    case 'rmsprop':
      return rmsprop({ lr, decay: hyper.decay, eps: hyper.eps });
    case 'adam':
      return adam({
        lr,
        beta1: hyper.beta1,
        beta2: hyper.beta2,
        eps: hyper.eps,
      });
    default:
      throw new RangeError(`makeOptimizer: unknown optimizer '${String(name)}'`);
  }
}
