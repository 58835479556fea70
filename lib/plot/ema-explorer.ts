/**
 * Data for the EMA explorer: a gradient sequence, its exponential moving average and the
 * weights the average gives to past gradients (MATH.md, "Exponential moving average").
 */
import {
  alternatingAmplitude,
  constantAverage,
  effectiveWindow,
  ema,
  emaWeights,
  gaussian,
} from '@/lib/optim';

/** The input sequences a learner can average. */
export const EMA_SIGNALS = [
  { id: 'alternating', label: 'Alternating ±1 (a zig-zag)' },
  { id: 'noisy', label: 'Noisy around 1' },
  { id: 'constant-plus-alternating', label: 'Constant 0.5 plus a ±1 zig-zag' },
  { id: 'step', label: 'A step from 0 to 1' },
] as const;
export type EmaSignal = (typeof EMA_SIGNALS)[number]['id'];

export function isEmaSignal(value: string): value is EmaSignal {
  return EMA_SIGNALS.some((s) => s.id === value);
}

/** The step after which the 'step' signal switches from 0 to 1. */
export const STEP_AT = 10;

/**
 * g₁ … gₙ for a signal: alternating gₖ = (−1)^{k+1}; noisy gₖ = 1 + 0.8·N(0, 1) from a seeded
 * generator (the same picture on every load); constant-plus-alternating gₖ = 0.5 + (−1)^{k+1};
 * step gₖ = 0 for k ≤ 10, then 1.
 */
export function emaSignal(kind: EmaSignal, steps: number, seed = 7): number[] {
  const n = Math.max(0, Math.floor(steps));
  const sign = (k: number) => (k % 2 === 1 ? 1 : -1);
  switch (kind) {
    case 'alternating':
      return Array.from({ length: n }, (_, i) => sign(i + 1));
    case 'noisy': {
      const normal = gaussian(seed);
      return Array.from({ length: n }, () => 1 + 0.8 * normal());
    }
    case 'constant-plus-alternating':
      return Array.from({ length: n }, (_, i) => 0.5 + sign(i + 1));
    case 'step':
      return Array.from({ length: n }, (_, i) => (i + 1 > STEP_AT ? 1 : 0));
  }
}

/**
 * A fixed value range for the signal panel: fixed per signal, so the axes never move while β
 * changes (every EMA value lies between 0 and the inputs, so it fits too).
 */
export function signalRange(kind: EmaSignal): [number, number] {
  switch (kind) {
    case 'alternating':
      return [-1.25, 1.25];
    case 'noisy':
      return [-2, 4];
    case 'constant-plus-alternating':
      return [-0.75, 1.75];
    case 'step':
      return [-0.25, 1.25];
  }
}

/** What the explorer draws for one β. */
export interface EmaView {
  /** Inputs g₁ … gₙ. */
  readonly g: readonly number[];
  /** Averages v₁ … vₙ (bias-corrected when asked). */
  readonly v: readonly number[];
  /** Weights (1 − β)βʲ of the input j steps ago, j = 0 … n − 1. */
  readonly weights: readonly number[];
  /** Effective window 1/(1 − β). */
  readonly window: number;
  /** Sum of the n weights, 1 − βⁿ. */
  readonly weightSum: number;
}

/** The inputs, their EMA v_k = βv_{k−1} + (1 − β)g_k (v₀ = 0) and the weights, for one β. */
export function emaView(
  kind: EmaSignal,
  beta: number,
  steps: number,
  biasCorrection: boolean,
): EmaView {
  const g = emaSignal(kind, steps);
  return {
    g,
    v: ema(g, beta, { biasCorrection }),
    weights: emaWeights(beta, g.length),
    window: effectiveWindow(beta),
    weightSum: constantAverage(beta, g.length),
  };
}

const WEIGHT_AXIS_TOPS = [0.02, 0.05, 0.1, 0.2, 0.5, 1] as const;

/**
 * The top of the weights panel: the smallest of 0.02, 0.05, 0.1, 0.2, 0.5, 1 that holds the
 * largest weight 1 − β. It changes only when β crosses one of those steps, so dragging β redraws
 * the axes rarely while the bars stay readable for β from 0 to 0.99.
 */
export function weightAxisTop(beta: number): number {
  const largest = 1 - beta;
  return WEIGHT_AXIS_TOPS.find((top) => largest <= top * 1.0001) ?? 1;
}

/** The numbers the explorer's sentence quotes, all from the optimizer core. */
export interface EmaFacts {
  /** 1/(1 − β). */
  readonly window: number;
  /** (1 − β)/(1 + β): what an alternating ±1 shrinks to. */
  readonly alternating: number;
  /** 1 − β^k: what a constant 1 reaches after k steps. */
  readonly constant: number;
  readonly constantSteps: number;
}

export function emaFacts(beta: number, constantSteps = 10): EmaFacts {
  return {
    window: effectiveWindow(beta),
    alternating: alternatingAmplitude(beta),
    constant: constantAverage(beta, constantSteps),
    constantSteps,
  };
}
