import { describe, expect, it } from 'vitest';
import {
  challengeProgress,
  challengeSetup,
  challengeVerdict,
  describeChallengeGoal,
  resolveNetworkRun,
  type ChallengeTraining,
} from './challenge-view';
import { DEFAULT_SHAPE, TRAIN_DIGITS } from './settings';

// The lesson's challenge (content/lessons/06-momentum-on-a-neural-network.mdx).
const spec = {
  optimizer: 'heavy-ball' as const,
  set: ['lr' as const, 'beta' as const],
  initial: { lr: 0.05, beta: 0.5 },
  ranges: { lr: [0.01, 2] as [number, number], beta: [0, 0.99] as [number, number] },
  goal: { accuracy: 0.9, epochs: 30 },
  batch: 0,
  hidden: 16,
  seed: 1,
};

const training = (
  status: ChallengeTraining['status'],
  accuracies?: number[],
  diverged = false,
): ChallengeTraining => ({
  status,
  error: status === 'error' ? 'the worker crashed' : null,
  epochsDone: accuracies ? accuracies.length - 1 : 0,
  lane: accuracies && { accuracies, diverged },
});

describe('resolveNetworkRun', () => {
  it('runs the learner’s values when each is inside its range', () => {
    expect(resolveNetworkRun(spec, { lr: 0.5, beta: 0.9 })).toEqual({
      ok: true,
      lr: 0.5,
      beta: 0.9,
    });
  });

  it('says which value is outside its range, or missing', () => {
    expect(resolveNetworkRun(spec, { lr: 3, beta: 0.9 })).toEqual({
      ok: false,
      message: 'lr = 3 is outside [0.01, 2]',
    });
    expect(resolveNetworkRun(spec, { lr: 0.5 })).toEqual({
      ok: false,
      message: 'No value for beta',
    });
  });

  it('ignores a value the learner may not set, keeping the spec’s', () => {
    const onlyLr = { ...spec, set: ['lr' as const] };
    expect(resolveNetworkRun(onlyLr, { lr: 0.5, beta: 0.1 })).toEqual({
      ok: true,
      lr: 0.5,
      beta: 0.5,
    });
    expect(resolveNetworkRun({ ...onlyLr, initial: { lr: 0.05 } }, { lr: 0.5 })).toEqual({
      ok: true,
      lr: 0.5,
      beta: 0.9,
    });
  });
});

describe('challengeSetup', () => {
  it('trains the spec’s network on every training digit for a full batch, one lane, no loss', () => {
    expect(challengeSetup(spec, { lr: 0.5, beta: 0.9, epochs: 50 })).toEqual({
      shape: { ...DEFAULT_SHAPE, hidden: 16 },
      batchSize: TRAIN_DIGITS,
      seed: 1,
      epochs: 50,
      trackLoss: false,
      lanes: [{ key: 'heavy-ball', optimizer: 'heavy-ball', lr: 0.5, beta: 0.9 }],
    });
    expect(
      challengeSetup({ ...spec, batch: 32 }, { lr: 0.5, beta: 0.9, epochs: 50 }).batchSize,
    ).toBe(32);
  });
});

describe('describeChallengeGoal', () => {
  it('states the goal and the run that checks it', () => {
    expect(describeChallengeGoal(spec, 50)).toBe(
      'Goal: test accuracy at or above 90% from epoch 30 on, checked by training 50 epochs (16 hidden units, full batch, seed 1).',
    );
    expect(describeChallengeGoal({ ...spec, batch: 32, hidden: 64, seed: 7 }, 40)).toMatch(
      /\(64 hidden units, batches of 32, seed 7\)\.$/,
    );
  });
});

describe('challengeProgress', () => {
  it('before a check, says what Check does; then that the digits load', () => {
    expect(challengeProgress(training('idle'), 50)).toBe(
      'Press Check to train the network with these values.',
    );
    expect(challengeProgress(training('loading'), 50)).toBe('Loading the digits…');
  });

  it('while training and after, gives the epoch and the latest test accuracy to a tenth of a percent', () => {
    expect(challengeProgress(training('training', [0.1, 0.5, 0.873]), 50)).toBe(
      'Epoch 2 of 50: test accuracy 87.3%.',
    );
    expect(challengeProgress(training('done', [0.1, 0.91]), 50)).toBe(
      'Epoch 1 of 50: test accuracy 91.0%.',
    );
    expect(challengeProgress(training('training'), 50)).toBe('Epoch 0 of 50: test accuracy 0.0%.');
  });

  it('says why the training stopped', () => {
    expect(challengeProgress(training('error'), 50)).toBe(
      'The training stopped: the worker crashed',
    );
  });
});

describe('challengeVerdict', () => {
  const goal = { accuracy: 0.9, epochs: 3 };

  it('has none while the run goes on', () => {
    for (const status of ['idle', 'loading', 'training', 'paused'] as const)
      expect(challengeVerdict(goal, training(status, [0.1, 0.95]))).toBeNull();
  });

  it('judges a finished run as the grader does', () => {
    expect(challengeVerdict(goal, training('done', [0.1, 0.5, 0.91, 0.92, 0.93]))).toEqual({
      correct: true,
      message:
        'Reached 90% test accuracy at epoch 2 and stayed there through epoch 4 (93.0% at epoch 4).',
    });
    expect(challengeVerdict(goal, training('done', [0.1, 0.2], true))).toEqual({
      correct: false,
      message: 'Diverged after 1 epochs.',
    });
  });

  it('fails a run that stopped, or ended with nothing streamed', () => {
    expect(challengeVerdict(goal, training('error'))).toEqual({
      correct: false,
      message: 'The training stopped: the worker crashed',
    });
    expect(challengeVerdict(goal, training('done'))).toEqual({
      correct: false,
      message: 'Diverged after 0 epochs.',
    });
  });
});
