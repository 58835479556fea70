import { describe, expect, it } from 'vitest';
import { significant } from '@/lib/plot/format';
import { judgeNetworkRun } from './challenge';
import { formatEpochs, formatRatio, formatStep } from './lesson-numbers';
import {
  describeRace,
  describeSettings,
  describeStart,
  gdStepFor,
  raceLanes,
  type LaneSeries,
} from './race-view';
import { tunedStep } from './tuned-steps';

const lane = (key: string, label: string, accuracies: number[], diverged = false): LaneSeries => ({
  key,
  label,
  losses: [],
  accuracies,
  diverged,
});

describe('raceLanes', () => {
  it('races gradient descent at its tuned step, momentum and Nesterov at the page’s α and β, Adam at its own step', () => {
    const lanes = raceLanes({ alpha: 0.3, beta: 0.8, gdStep: 'tuned', batch: 0 });
    expect(lanes.map((l) => [l.key, l.lr, l.beta])).toEqual([
      ['gd', tunedStep('gd', 0), 0],
      ['heavy-ball', 0.3, 0.8],
      ['nesterov', 0.3, 0.8],
      ['adam', tunedStep('adam', 0), 0.9],
    ]);
  });

  it('puts gradient descent at momentum’s effective step α/(1 − β) in the control', () => {
    expect(gdStepFor({ alpha: 0.3, beta: 0.8, gdStep: 'effective', batch: 32 })).toBeCloseTo(
      1.5,
      12,
    );
    expect(gdStepFor({ alpha: 0.3, beta: 0.8, gdStep: 'tuned', batch: 32 })).toBe(
      tunedStep('gd', 32),
    );
  });
});

describe('describeRace', () => {
  it('says where each lane stands while training', () => {
    const text = describeRace({
      lanes: [
        lane('gd', 'Gradient descent', [0.1, 0.5]),
        lane('heavy-ball', 'Momentum', [0.1, 0.8]),
      ],
      epochsDone: 1,
      epochs: 150,
      done: false,
    });
    expect(text).toBe(
      'Training… epoch 1 of 150. Test accuracy: Gradient descent 50.0%, Momentum 80.0%.',
    );
  });

  it('counts “reached” from the epoch the accuracy stays above 90%, not the first touch', () => {
    const text = describeRace({
      lanes: [
        lane('gd', 'Gradient descent', [0.1, 0.5, 0.8, 0.85, 0.91, 0.92]),
        lane('heavy-ball', 'Momentum', [0.1, 0.91, 0.88, 0.92, 0.93, 0.93]),
        lane('adam', 'Adam', [0.1, 0.95, 0.5, 0.5, 0.5, 0.5]),
      ],
      epochsDone: 5,
      epochs: 5,
      done: true,
    });
    expect(text).toBe(
      'Momentum reached 90% test accuracy and stayed there from epoch 3; gradient descent from epoch 4: 1.3× fewer epochs. Adam did not stay above 90%.',
    );
  });

  it('never claims "1.0× fewer": a tie is "as many", a near-tie the epochs between them', () => {
    const climb = (reachAt: number) =>
      Array.from({ length: 45 }, (_, i) => (i >= reachAt ? 0.95 : 0.5));
    const race = (m: number, g: number) =>
      describeRace({
        lanes: [lane('gd', 'Gradient descent', climb(g)), lane('heavy-ball', 'Momentum', climb(m))],
        epochsDone: 44,
        epochs: 44,
        done: true,
      });
    expect(race(4, 4)).toContain('gradient descent from epoch 4: as many epochs.');
    expect(race(40, 41)).toContain('gradient descent from epoch 41: 1 fewer epoch.');
    expect(race(20, 40)).toContain('gradient descent from epoch 40: 2.0× fewer epochs.');
    expect(race(40, 20)).toContain('gradient descent from epoch 20: 2.0× more epochs.');
  });

  it('names a diverged lane instead of a number', () => {
    const text = describeRace({
      lanes: [
        lane('gd', 'Gradient descent', [0.1], true),
        lane('heavy-ball', 'Momentum', [0.1, 0.95]),
      ],
      epochsDone: 1,
      epochs: 1,
      done: true,
    });
    expect(text).toBe(
      'Momentum reached 90% test accuracy and stayed there from epoch 1; gradient descent diverged.',
    );
  });

  it('before a race, says what Train will race', () => {
    const text = describeStart(
      raceLanes({ alpha: 0.5, beta: 0.9, gdStep: 'effective', batch: 0 }),
      'full batch',
    );
    expect(text).toContain(
      'Press Train to race momentum (α = 0.5, β = 0.9) against gradient descent (α = 5)',
    );
  });

  it('names a race’s settings in the same words before it starts and while it runs', () => {
    const lanes = raceLanes({ alpha: 0.5, beta: 0.9, gdStep: 'effective', batch: 0 });
    expect(describeSettings(lanes, 'full batch', 16, 3)).toBe(
      'full batch, 16 hidden units, seed 3; Gradient descent α = 5, Momentum α = 0.5, ' +
        `Nesterov α = 0.5, Adam α = ${significant(lanes[3].lr, 3)}, β = 0.9.`,
    );
  });
});

describe('judgeNetworkRun', () => {
  const goal = { accuracy: 0.9, epochs: 3 };
  it('passes a run that reaches the goal in time and stays', () => {
    expect(
      judgeNetworkRun(goal, { accuracies: [0.1, 0.5, 0.91, 0.92, 0.93], diverged: false }),
    ).toMatchObject({
      correct: true,
      settled: 2,
    });
  });
  it('fails a lucky touch, a late arrival, a run that never gets there, and a diverged one, saying which', () => {
    expect(
      judgeNetworkRun(goal, { accuracies: [0.1, 0.95, 0.8, 0.8, 0.8], diverged: false }).message,
    ).toBe('Touched 90% at epoch 1 but did not stay there: 80.0% at epoch 4.');
    expect(
      judgeNetworkRun(goal, { accuracies: [0.1, 0.5, 0.6, 0.7, 0.95], diverged: false }).message,
    ).toBe('Reached 90% and stayed from epoch 4; the goal is epoch 3 or earlier.');
    expect(judgeNetworkRun(goal, { accuracies: [0.1, 0.5], diverged: false }).message).toBe(
      'Best test accuracy 50.0%; the goal is 90% by epoch 3.',
    );
    expect(judgeNetworkRun(goal, { accuracies: [0.1, 0.2], diverged: true }).correct).toBe(false);
  });
  it('names a goal between whole percentages with its decimal, and accuracies to a tenth of a percent', () => {
    expect(
      judgeNetworkRun(
        { accuracy: 0.925, epochs: 3 },
        { accuracies: [0.1, 0.931, 0.94, 0.95, 0.962], diverged: false },
      ).message,
    ).toBe(
      'Reached 92.5% test accuracy at epoch 1 and stayed there through epoch 4 (96.2% at epoch 4).',
    );
  });
});

describe('lesson numbers', () => {
  it('prints a median with its range, or “every seed” when they agree', () => {
    expect(formatEpochs([25, 36, 28])).toBe('28 (25–36)');
    expect(formatEpochs([2, 2, 2])).toBe('2 (every seed)');
    expect(formatEpochs([null, null, null])).toBe('never');
    expect(formatEpochs([17, null, 23])).toBe('2 of 3 seeds (17, 23)');
    expect(formatRatio([57, 88, 65], [25, 36, 28])).toBe('2.3');
    expect(formatStep(0.56568)).toBe('0.566');
  });
});
