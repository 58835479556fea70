import { describe, expect, it } from 'vitest';
import {
  BATCH_CHOICES,
  DEFAULT_SHAPE,
  RACE_BETA,
  RACE_SEEDS,
  raceEpochs,
  TARGET_ACCURACY,
} from './settings';
import { shippedDigits } from './shipped-digits';
import { tunedRecord } from './tuned-steps';
import {
  chooseStep,
  GRID_POINTS,
  GRID_START,
  measureRun,
  RACE_OPTIMIZERS,
  stepGrid,
} from './tuning';

/**
 * lib/nn/data/tuned-steps.json is what scripts/nn/tune.ts wrote. These tests hold it to the
 * script's rules and re-run two of its cells with the same code (the whole search takes about
 * twenty minutes, too long for a unit test).
 */
describe('the tuning record (lib/nn/data/tuned-steps.json)', () => {
  it('was made for the settings the course races with', () => {
    expect(tunedRecord.shape).toEqual(DEFAULT_SHAPE);
    expect(tunedRecord.target).toBe(TARGET_ACCURACY);
    expect(tunedRecord.beta).toBe(RACE_BETA);
    expect(tunedRecord.seeds).toEqual([...RACE_SEEDS]);
    expect(Object.keys(tunedRecord.batches).sort()).toEqual(BATCH_CHOICES.map(String).sort());
    for (const batch of BATCH_CHOICES)
      expect(tunedRecord.batches[batch].epochs).toBe(raceEpochs(batch));
  });

  for (const batch of BATCH_CHOICES) {
    for (const name of RACE_OPTIMIZERS) {
      it(`chooses ${name}'s step for batch ${batch || 'full'} by the rule, inside its grid`, () => {
        const { grid, chosen } = tunedRecord.batches[batch].optimizers[name];
        expect(grid.map((g) => g.lr)).toEqual(stepGrid(GRID_START[batch][name], GRID_POINTS));
        expect(grid.every((g) => g.epochs.length === RACE_SEEDS.length)).toBe(true);
        expect(chosen).toBe(chooseStep(grid, raceEpochs(batch)));
        // A best step at either end of the grid would mean the search stopped too early.
        const at = grid.findIndex((g) => g.lr === chosen);
        expect(at).toBeGreaterThan(0);
        expect(at).toBeLessThan(grid.length - 1);
      });
    }
  }

  it('runs the control at equal effective step α/(1 − β), both ways round', () => {
    for (const batch of BATCH_CHOICES) {
      const { optimizers, control } = tunedRecord.batches[batch];
      expect(control.gdAtMomentumStep.lr).toBeCloseTo(
        (optimizers['heavy-ball'].chosen as number) / (1 - RACE_BETA),
        3,
      );
      expect(control.momentumAtGdStep.lr).toBeCloseTo(
        (optimizers.gd.chosen as number) * (1 - RACE_BETA),
        4,
      );
    }
  });

  it('is reproduced by re-running its headline cells', () => {
    const data = shippedDigits();
    for (const [batch, name] of [
      [0, 'heavy-ball'],
      [32, 'gd'],
    ] as const) {
      const { grid, chosen } = tunedRecord.batches[batch].optimizers[name];
      const recorded = grid.find((g) => g.lr === chosen)?.epochs[0];
      const run = measureRun(data, DEFAULT_SHAPE, {
        optimizer: name,
        lr: chosen as number,
        batch,
        seed: RACE_SEEDS[0],
        epochs: raceEpochs(batch),
      });
      expect(run.settled, `${name}, batch ${batch}`).toBe(recorded);
    }
  }, 120_000);
});
