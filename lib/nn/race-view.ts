import { settledAbove } from './optim';
import type { LaneRequest } from './protocol';
import { batchSizeFor, RACE_BETA, TARGET_ACCURACY } from './settings';
import { tunedStep } from './tuned-steps';
import { fewerOrMore, fixedPercent, percent, significant } from '@/lib/plot/format';
import { runLabel } from '@/lib/plot/runs';

/**
 * What the network race widget shows, as pure functions of its settings and of the numbers the
 * trainer streams: which lanes race at which steps, and the live sentence under the figure.
 */

/** How gradient descent's step is chosen against momentum's α and β. */
export const GD_STEP_MODES = ['tuned', 'effective'] as const;
export type GdStepMode = (typeof GD_STEP_MODES)[number];

export interface RaceSettings {
  /** Momentum's (and Nesterov's) step α and momentum β: the page's values. */
  readonly alpha: number;
  readonly beta: number;
  /** 'tuned': gradient descent at its own grid-searched step; 'effective': at α/(1 − β). */
  readonly gdStep: GdStepMode;
  /** Batch choice: 0 (full batch), 256 or 32. */
  readonly batch: number;
}

/** Gradient descent's step under a mode: its tuned step, or momentum's effective step α/(1−β). */
export function gdStepFor(settings: RaceSettings): number {
  return settings.gdStep === 'effective'
    ? settings.alpha / (1 - settings.beta)
    : tunedStep('gd', settings.batch);
}

/**
 * The four lanes: gradient descent (see {@link gdStepFor}), the heavy ball and Nesterov at the
 * page's α and β, and Adam at its own tuned step with the usual β₁ = 0.9, β₂ = 0.999 (its step
 * size lives on another scale, so it never shares α).
 */
export function raceLanes(settings: RaceSettings): LaneRequest[] {
  const { alpha, beta, batch } = settings;
  return [
    { key: 'gd', optimizer: 'gd', lr: gdStepFor(settings), beta: 0 },
    { key: 'heavy-ball', optimizer: 'heavy-ball', lr: alpha, beta },
    { key: 'nesterov', optimizer: 'nesterov', lr: alpha, beta },
    { key: 'adam', optimizer: 'adam', lr: tunedStep('adam', batch), beta: RACE_BETA },
  ];
}

/** The page-side record of one lane: everything streamed so far. */
export interface LaneSeries {
  readonly key: string;
  readonly label: string;
  readonly losses: readonly number[];
  readonly accuracies: readonly number[];
  readonly diverged: boolean;
}

/**
 * The status line: while training, where each lane stands; once done, when momentum and
 * gradient descent reached the target accuracy and stayed (the settle measure), and the ratio.
 * "Momentum reached 90% test accuracy and stayed there from epoch 23; gradient descent from
 * epoch 71: 3.1× fewer epochs."
 */
export function describeRace(options: {
  readonly lanes: readonly LaneSeries[];
  readonly epochsDone: number;
  readonly epochs: number;
  readonly done: boolean;
  readonly target?: number;
}): string {
  const { lanes, epochsDone, epochs, done } = options;
  const target = options.target ?? TARGET_ACCURACY;
  const targetText = percent(target);
  if (lanes.length === 0) return 'Press Train to start the race.';
  if (!done) {
    const standing = lanes
      .map((l) =>
        l.diverged
          ? `${l.label} diverged`
          : `${l.label} ${fixedPercent(l.accuracies[l.accuracies.length - 1] ?? 0, 1)}`,
      )
      .join(', ');
    return `Training… epoch ${epochsDone} of ${epochs}. Test accuracy: ${standing}.`;
  }
  const settle = (l: LaneSeries | undefined) =>
    !l || l.diverged ? null : settledAbove(l.accuracies, target);
  const momentum = lanes.find((l) => l.key === 'heavy-ball');
  const gd = lanes.find((l) => l.key === 'gd');
  const m = settle(momentum);
  const g = settle(gd);
  const parts: string[] = [];
  const gdText = !gd
    ? ''
    : gd.diverged
      ? 'gradient descent diverged'
      : g === null
        ? `gradient descent did not stay above ${targetText} within ${epochs} epochs`
        : `gradient descent from epoch ${g}`;
  if (momentum?.diverged) parts.push(`Momentum diverged; ${gdText}.`);
  else if (m === null)
    parts.push(`Momentum did not stay above ${targetText} within ${epochs} epochs; ${gdText}.`);
  else {
    const ratio = g === null || g === 0 || m === 0 ? '' : `: ${fewerOrMore(m, g, 'epochs')}`;
    parts.push(
      `Momentum reached ${targetText} test accuracy and stayed there from epoch ${m}; ${gdText}${ratio}.`,
    );
  }
  for (const other of lanes.filter((l) => l.key !== 'heavy-ball' && l.key !== 'gd')) {
    const s = settle(other);
    parts.push(
      other.diverged
        ? `${other.label} diverged.`
        : s === null
          ? `${other.label} did not stay above ${targetText}.`
          : `${other.label} from epoch ${s}.`,
    );
  }
  return parts.join(' ');
}

/** "full batch (3,000 digits)" or "batches of 32 (94 steps per epoch)". */
export function describeBatch(batch: number, n: number): string {
  const size = batchSizeFor(batch, n);
  if (size >= n)
    return `full batch (all ${n.toLocaleString('en-US')} training digits, one step per epoch)`;
  return `batches of ${size} (${Math.ceil(n / size)} steps per epoch)`;
}

/**
 * The settings of a race in one line, for the note under the figure, before a race ("Next race:
 * …") and during it ("This race: …"): the same words both times, so the note keeps its height
 * when Train is pressed and the page below does not move.
 */
export function describeSettings(
  lanes: readonly LaneRequest[],
  batchText: string,
  hidden: number,
  seed: number,
): string {
  const steps = lanes.map((l) => `${runLabel(l.key)} α = ${significant(l.lr, 3)}`).join(', ');
  const momentum = lanes.find((l) => l.key === 'heavy-ball');
  return (
    `${batchText}, ${hidden} hidden units, seed ${seed}; ${steps}` +
    `${momentum ? `, β = ${momentum.beta}` : ''}.`
  );
}

/**
 * Before a race: what pressing Train will race, so the line follows every control.
 * "Press Train to race momentum (α = 0.566, β = 0.9) against gradient descent (α = 0.707), …"
 */
export function describeStart(lanes: readonly LaneRequest[], batchText: string): string {
  const step = (lr: number) => significant(lr, 3);
  const [gd, momentum, nesterovLane, adamLane] = lanes;
  return (
    `Press Train to race momentum (α = ${step(momentum.lr)}, β = ${momentum.beta}) against ` +
    `gradient descent (α = ${step(gd.lr)}), Nesterov (α = ${step(nesterovLane.lr)}, β = ${nesterovLane.beta}) ` +
    `and Adam (α = ${step(adamLane.lr)}), with ${batchText}.`
  );
}
