import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { firstDigits } from './digits';
import {
  createWorkspace,
  evaluate,
  initialParameters,
  lossAndGradient,
  parameterLayout,
  predict,
  validateShape,
  type NetworkShape,
} from './mlp';
import { shippedDigits } from './shipped-digits';

fc.configureGlobal({ seed: 20240612 });

const digits = shippedDigits();
const few = firstDigits(digits.train, 12);
const order = Array.from({ length: few.n }, (_, i) => i);

/** Mean loss of the `few` digits at the given parameters. */
function lossAt(shape: NetworkShape, params: Float64Array): number {
  return lossAndGradient(
    shape,
    params,
    few,
    order,
    0,
    few.n,
    new Float64Array(params.length),
    createWorkspace(shape),
  );
}

describe('lossAndGradient', () => {
  for (const activation of ['relu', 'tanh'] as const) {
    const shape: NetworkShape = { inputs: 196, hidden: 7, outputs: 10, activation };
    it(`matches central finite differences on real digits (${activation})`, () => {
      const layout = parameterLayout(shape);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 1000 }),
          fc.integer({ min: 0, max: layout.size - 1 }),
          (seed, p) => {
            const params = initialParameters(shape, seed);
            // Biases start at 0; move them off it so their gradients are exercised too.
            for (let i = layout.b1; i < layout.w2; i++) params[i] = 0.05 * (i - layout.b1 - 3);
            const grad = new Float64Array(layout.size);
            lossAndGradient(shape, params, few, order, 0, few.n, grad, createWorkspace(shape));
            const h = 1e-5;
            const plus = Float64Array.from(params);
            const minus = Float64Array.from(params);
            plus[p] += h;
            minus[p] -= h;
            const numeric = (lossAt(shape, plus) - lossAt(shape, minus)) / (2 * h);
            // A ReLU kink within ±h would spoil the quotient; none of the seeded draws lands on one.
            expectClose(grad[p], numeric, 1e-6, `∂ℓ/∂θ[${p}]`);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('is the mean over the batch: the gradient of two halves averages to the whole', () => {
    const shape: NetworkShape = { inputs: 196, hidden: 5, outputs: 10, activation: 'relu' };
    const params = initialParameters(shape, 3);
    const ws = createWorkspace(shape);
    const size = parameterLayout(shape).size;
    const [whole, first, second] = [0, 1, 2].map(() => new Float64Array(size));
    const lossWhole = lossAndGradient(shape, params, few, order, 0, 12, whole, ws);
    const lossFirst = lossAndGradient(shape, params, few, order, 0, 6, first, ws);
    const lossSecond = lossAndGradient(shape, params, few, order, 6, 12, second, ws);
    expectClose(lossWhole, (lossFirst + lossSecond) / 2, 1e-12);
    for (let i = 0; i < size; i++) expectClose(whole[i], (first[i] + second[i]) / 2, 1e-12);
  });

  it('starts near log 10 per digit: an untrained network guesses evenly', () => {
    const shape: NetworkShape = { inputs: 196, hidden: 16, outputs: 10, activation: 'relu' };
    const { loss, accuracy } = evaluate(
      shape,
      initialParameters(shape, 1),
      digits.test,
      createWorkspace(shape),
    );
    expect(loss).toBeGreaterThan(1.5);
    expect(loss).toBeLessThan(4);
    expect(accuracy).toBeLessThan(0.3);
  });
});

describe('initialParameters', () => {
  it('gives the same bits for the same seed and different weights for another', () => {
    const shape: NetworkShape = { inputs: 196, hidden: 16, outputs: 10, activation: 'relu' };
    expect(initialParameters(shape, 5)).toEqual(initialParameters(shape, 5));
    expect(initialParameters(shape, 5)).not.toEqual(initialParameters(shape, 6));
  });

  it('refuses a shape it cannot build, saying which number is wrong', () => {
    expect(() =>
      validateShape({ inputs: 196, hidden: 0, outputs: 10, activation: 'relu' }),
    ).toThrow(/hidden/);
    expect(() =>
      validateShape({ inputs: 196, hidden: 2.5, outputs: 10, activation: 'relu' }),
    ).toThrow(/hidden/);
  });
});

describe('predict', () => {
  it('returns the digit evaluate counts as correct', () => {
    const shape: NetworkShape = { inputs: 196, hidden: 8, outputs: 10, activation: 'relu' };
    const params = initialParameters(shape, 2);
    const ws = createWorkspace(shape);
    const test = firstDigits(digits.test, 50);
    const guesses = predict(
      shape,
      params,
      test,
      Array.from({ length: 50 }, (_, i) => i),
      ws,
    );
    const correct = guesses.filter((g, i) => g === test.labels[i]).length;
    expect(evaluate(shape, params, test, ws).accuracy).toBe(correct / 50);
  });
});
