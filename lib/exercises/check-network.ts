import { judgeNetworkRun, runNetworkChallenge, challengeEpochs } from '../nn/challenge';
import { answerValuesProblem } from './answer-values';
import { shippedDigits } from '../nn/shipped-digits';
import { parameterAnswerSchema, type CheckResult, type NetworkSpec } from './types';

/** The run a network challenge makes of an answer: the learner's α, β inside their ranges. */
export function resolveNetworkRun(
  spec: NetworkSpec,
  values: Partial<Record<string, number>>,
): { ok: true; lr: number; beta: number } | { ok: false; message: string } {
  const problem = answerValuesProblem(spec.set, spec.ranges, values);
  if (problem) return { ok: false, message: problem };
  // A value the learner may not set is ignored: a submission cannot change a fixed parameter.
  const pick = (name: 'lr' | 'beta') =>
    (spec.set.includes(name) ? values[name] : undefined) ?? spec.initial[name];
  return { ok: true, lr: pick('lr') as number, beta: pick('beta') ?? 0.9 };
}

/**
 * Runs a network challenge with the real training (lib/nn, the shipped digits, the spec's fixed
 * seed) and judges it with the settle measure. Takes about a second for the default network.
 */
export function checkNetwork(spec: NetworkSpec, answer: unknown): CheckResult {
  const parsed = parameterAnswerSchema.safeParse(answer);
  if (!parsed.success) return { correct: false, message: 'Not a set of parameter values' };
  const values = resolveNetworkRun(spec, parsed.data.values);
  if (!values.ok) return { correct: false, message: values.message };
  const run = runNetworkChallenge(shippedDigits(), {
    optimizer: spec.optimizer,
    lr: values.lr,
    beta: values.beta,
    batch: spec.batch,
    hidden: spec.hidden,
    seed: spec.seed,
    epochs: challengeEpochs(spec.goal, spec.margin),
  });
  const verdict = judgeNetworkRun(spec.goal, run);
  return { correct: verdict.correct, message: verdict.message };
}
