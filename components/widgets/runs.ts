import { makeOptimizer, type Objective, type Optimizer, type OptimizerName } from '@/lib/optim';

/** How each optimizer is named and coloured in every figure of the course. */
export const RUN_STYLE: Record<
  string,
  { label: string; color: 'gd' | 'momentum' | 'nesterov' | 'adam' }
> = {
  gd: { label: 'Gradient descent', color: 'gd' },
  'heavy-ball': { label: 'Momentum', color: 'momentum' },
  'ema-momentum': { label: 'Momentum (EMA form)', color: 'momentum' },
  nesterov: { label: 'Nesterov', color: 'nesterov' },
  rmsprop: { label: 'RMSProp', color: 'adam' },
  adam: { label: 'Adam', color: 'adam' },
  custom: { label: 'Your rule', color: 'nesterov' },
};

export function optimizerFor(name: string, lr: number, beta: number): Optimizer<unknown> {
  return makeOptimizer(name as OptimizerName, { lr, beta });
}

/** The start point to use when a lesson does not bind one: the objective's own suggestion. */
export function defaultStart(objective: Objective): [number, number] {
  const s = objective.start;
  if (s && s.length >= 2) return [s[0], s[1]];
  const v = objective.view;
  return v ? [v.x[0] + 0.8 * (v.x[1] - v.x[0]) * 0.1, v.y[1] * 0.75] : [-2, 1.5];
}

/** "3.2 × 10⁻⁴"-style short numbers for live text. */
export function formatLoss(value: number): string {
  if (!Number.isFinite(value)) return 'infinity';
  if (value === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent >= -2 && exponent < 4) return value.toPrecision(3).replace(/\.?0+$/, '');
  const mantissa = value / 10 ** exponent;
  return `${mantissa.toFixed(1)}e${exponent}`;
}
