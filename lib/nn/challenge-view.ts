import { answerValuesProblem } from '@/lib/exercises/answer-values';
import type { CheckResult, NetworkSpec } from '@/lib/exercises/types';
import { fixedPercent, percent } from '@/lib/plot/format';
import { judgeNetworkRun } from './challenge';
import type { RaceStatus } from './race-progress';
import type { RaceSetup } from './race-status';
import { batchSizeFor, DEFAULT_SHAPE, TRAIN_DIGITS } from './settings';

/**
 * What a network challenge (components/widgets/network/NetworkChallenge) shows and sends, as pure
 * functions of its spec, the learner's values and the training's state. The grader resolves an
 * answer with the same function, so the page trains exactly the run the grader will.
 */

/** The learner's α and β for a run: each value they may set inside its range, else the spec's. */
export function resolveNetworkRun(
  spec: Pick<NetworkSpec, 'set' | 'ranges' | 'initial'>,
  values: Partial<Record<string, number>>,
): { ok: true; lr: number; beta: number } | { ok: false; message: string } {
  const problem = answerValuesProblem(spec.set, spec.ranges, values);
  if (problem) return { ok: false, message: problem };
  // A value the learner may not set is ignored: a submission cannot change a fixed parameter.
  const pick = (name: 'lr' | 'beta') =>
    (spec.set.includes(name) ? values[name] : undefined) ?? spec.initial[name];
  return { ok: true, lr: pick('lr') as number, beta: pick('beta') ?? 0.9 };
}

/** The training a check starts on the page: the spec's network, batch and seed, one lane. */
export function challengeSetup(
  spec: Pick<NetworkSpec, 'optimizer' | 'hidden' | 'batch' | 'seed'>,
  run: { readonly lr: number; readonly beta: number; readonly epochs: number },
): RaceSetup {
  return {
    shape: { ...DEFAULT_SHAPE, hidden: spec.hidden },
    batchSize: batchSizeFor(spec.batch, TRAIN_DIGITS),
    seed: spec.seed,
    epochs: run.epochs,
    trackLoss: false,
    lanes: [{ key: spec.optimizer, optimizer: spec.optimizer, lr: run.lr, beta: run.beta }],
  };
}

/**
 * "Goal: test accuracy at or above 90% from epoch 30 on, checked by training 50 epochs (16 hidden
 * units, full batch, seed 1)."
 */
export function describeChallengeGoal(
  spec: Pick<NetworkSpec, 'goal' | 'hidden' | 'batch' | 'seed'>,
  epochs: number,
): string {
  const batch = spec.batch === 0 ? 'full batch' : `batches of ${spec.batch}`;
  return (
    `Goal: test accuracy at or above ${percent(spec.goal.accuracy)} from epoch ${spec.goal.epochs} ` +
    `on, checked by training ${epochs} epochs (${spec.hidden} hidden units, ${batch}, seed ${spec.seed}).`
  );
}

/** The training on the page, as the challenge's words need it. */
export interface ChallengeTraining {
  readonly status: RaceStatus;
  readonly error: string | null;
  readonly epochsDone: number;
  /** The run's one lane as streamed so far; undefined before its first progress. */
  readonly lane: { readonly accuracies: readonly number[]; readonly diverged: boolean } | undefined;
}

function stopped(error: string | null): string {
  return `The training stopped: ${error}`;
}

/** The live line under the curves: what Check will do, the digits loading, the run so far. */
export function challengeProgress(training: ChallengeTraining, epochs: number): string {
  switch (training.status) {
    case 'idle':
      return 'Press Check to train the network with these values.';
    case 'loading':
      return 'Loading the digits…';
    case 'error':
      return stopped(training.error);
    default:
      return `Epoch ${training.epochsDone} of ${epochs}: test accuracy ${fixedPercent(training.lane?.accuracies.at(-1) ?? 0, 1)}.`;
  }
}

/**
 * The check's result once the run it started has ended: the grader's verdict when it finished,
 * a failure saying why when it stopped; null while it has not ended.
 */
export function challengeVerdict(
  goal: NetworkSpec['goal'],
  training: ChallengeTraining,
): CheckResult | null {
  if (training.status === 'error') return { correct: false, message: stopped(training.error) };
  if (training.status !== 'done') return null;
  // A run that ended without a single epoch streamed has nothing to pass with.
  const { correct, message } = judgeNetworkRun(
    goal,
    training.lane ?? { accuracies: [], diverged: true },
  );
  return { correct, message };
}
