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
import { fixed, subscript, superscript, upToDecimals } from './format';
import { axisTicks } from './isolines';

/** The input sequences a learner can average. */
export const EMA_SIGNALS = [
  { id: 'alternating', label: 'Alternating ±1 (a zig-zag)' },
  { id: 'noisy', label: 'Noisy around 1' },
  { id: 'constant-plus-alternating', label: 'Constant 0.5 plus a ±1 zig-zag' },
  { id: 'constant', label: 'Constant 1 (start-up bias)' },
  { id: 'step', label: 'A step from 0 to 1 (lag)' },
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
 * constant gₖ = 1 from k = 1 (what bias correction fixes); step gₖ = 0 for k ≤ 10, then 1 (a lag,
 * which bias correction does not fix).
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
    case 'constant':
      return Array.from({ length: n }, () => 1);
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
    case 'constant':
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
  /** The top of the weights panel's scale, {@link weightAxisTop}(β). */
  readonly weightTop: number;
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
    weightTop: weightAxisTop(beta),
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

/**
 * The weights panel's y ticks for an axis top from {@link weightAxisTop}: d3-scale's round values
 * from 0 to the top (a step of 1, 2 or 5 × 10ⁿ, five or six ticks), with their labels. The overlay draws
 * them, so a new top while β is dragged costs no redraw of the plot's axes.
 */
export function weightAxisTicks(top: number): { value: number; label: string }[] {
  // d3's ticks are exact decimals (0.015, not 0.015000000000000001): six decimals only drop noise.
  return axisTicks([0, top], 5).map((value) => ({ value, label: upToDecimals(value, 6) }));
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

export function formatWindow(window: number): string {
  return window >= 10 ? fixed(window, 0) : upToDecimals(window, 1);
}

function format(x: number): string {
  return (x < 0 ? '−' : '') + upToDecimals(Math.abs(x), 3);
}

/**
 * What a constant 1 has reached, to two decimals; a value still short of 1 that would round to
 * "1.00" is said as "more than 0.99", so the sentence never claims a 1 the average has not reached.
 */
export function constantReached(value: number): string {
  const text = fixed(value, 2);
  return value < 1 && text === fixed(1, 2) ? 'more than 0.99' : text;
}

/**
 * The explorer's live sentence: the window, what an alternating and a constant input become, and
 * where the last input of this signal is averaged to (with the signal's own lesson: bias
 * correction for the constant, lag for the step).
 */
export function describeEma(
  beta: number,
  signal: EmaSignal,
  corrected: boolean,
  steps: number,
): string {
  const facts = emaFacts(beta);
  const view = emaView(signal, beta, steps, corrected);
  const last = view.g.length;
  const general =
    `β = ${fixed(beta, 2)}: the average looks back about ${formatWindow(facts.window)} ` +
    `step${facts.window < 1.5 ? '' : 's'}; an alternating ±1 shrinks to ±${fixed(facts.alternating, 3)} ` +
    `(=(1−β)/(1+β)); a constant 1 reaches ${constantReached(facts.constant)} after ${facts.constantSteps} steps ` +
    `(1−β${superscript(facts.constantSteps)}).`;
  const here =
    ` Here the last input g${subscript(last)} = ${format(view.g[last - 1])} is averaged to ` +
    `v${subscript(last)} = ${format(view.v[last - 1])}${corrected ? ' (bias-corrected)' : ''}`;
  const lesson =
    signal === 'step'
      ? `; the step at k = ${STEP_AT} is followed with a lag of about ${formatWindow(facts.window)} steps, with or without bias correction.`
      : signal === 'constant'
        ? corrected
          ? '; bias-corrected, the average of a constant is that constant from the first step.'
          : `; the first averages are too small: v${subscript(1)} = ${format(view.v[0])}, pulled towards the starting v${subscript(0)} = 0.`
        : '.';
  return general + here + lesson;
}

/**
 * The weights panel's text alternative: how many steps carry most of the weight (the window
 * 1/(1−β)) and what the n weights drawn, (1 − β)βʲ for j = 0 … n−1, sum to (1 − βⁿ).
 */
export function describeWeights(view: EmaView): string {
  const window = view.window >= 1000 ? 'more than 1000' : formatWindow(view.window);
  return `Weights (1 − β)βʲ: ${window} steps carry most of the weight; the ${view.weights.length} shown sum to ${fixed(view.weightSum, 3)}.`;
}
