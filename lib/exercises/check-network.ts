import { judgeNetworkRun, runNetworkChallenge, challengeEpochs } from '../nn/challenge';
// Shared with the page's check (lib/nn/challenge-view has no digits asset to pull into a page).
import { resolveNetworkRun } from '../nn/challenge-view';
import { shippedDigits } from '../nn/shipped-digits';
import { parameterAnswerSchema, type CheckResult, type NetworkSpec } from './types';

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
