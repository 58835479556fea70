import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { eigenComponents, symmetricEigen } from './eigen';
import { rosenbrock } from './objectives/classic';
import { quadratic } from './objectives/quadratic';
import { gd } from './optimizers/gd';
import { simulate } from './simulate';

fc.configureGlobal({ seed: 20240613 });

describe('eigen decomposition', () => {
  it('symmetricEigen(A) gives orthonormal qᵢ with A qᵢ = λᵢ qᵢ, ascending (property, n ≤ 6)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc
            .array(fc.double({ min: -5, max: 5, noNaN: true }), {
              minLength: n * n,
              maxLength: n * n,
            })
            .map((xs) => ({ n, xs })),
        ),
        ({ n, xs }) => {
          const A = Array.from({ length: n }, (_, i) =>
            Array.from({ length: n }, (_, j) => (xs[i * n + j] + xs[j * n + i]) / 2),
          );
          const { values, vectors } = symmetricEigen(A);
          for (let i = 1; i < n; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
          vectors.forEach((q, i) => {
            const Aq = A.map((row) => row.reduce((s, a, j) => s + a * q[j], 0));
            Aq.forEach((x, j) => expectClose(x, values[i] * q[j], 1e-10));
            vectors.forEach((p, j) =>
              expectClose(
                q.reduce((s, x, t) => s + x * p[t], 0),
                i === j ? 1 : 0,
                1e-12,
              ),
            );
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('eigenComponents uses x = Qᵀ(w − w*), so each coordinate evolves alone; Q(w − w*) (the erratum) does not', () => {
    const q = quadratic({ eigenvalues: [0.2, 1.5], angle: 0.8, center: [1, 1] });
    const lr = 0.5;
    const run = simulate(q, gd({ lr }), [-2, 3], { steps: 30 });
    const { coords, eigenvalues } = eigenComponents(q, run);
    expect(eigenvalues).toEqual([0.2, 1.5]);
    for (let i = 0; i < 2; i++) {
      for (let k = 1; k <= 30; k++)
        expectClose(coords[i][k], (1 - lr * eigenvalues[i]) * coords[i][k - 1], 1e-12);
    }
    // The wrong map Q(w − w*) mixes the directions: its first coordinate is not (1 − αλ₁) times its last value.
    const Q = q.eigenvectors; // columns q₀, q₁
    const wrong = (k: number) => {
      const d = run.points.at(k).map((w) => w - 1);
      return Q[0][0] * d[0] + Q[1][0] * d[1]; // row 0 of Q times d
    };
    expect(Math.abs(wrong(1) - (1 - lr * 0.2) * wrong(0))).toBeGreaterThan(0.01);
  });

  it('eigenComponents throws for an objective without eigenvectors', () => {
    const run = simulate(rosenbrock(), gd({ lr: 1e-3 }), [0, 0], { steps: 2 });
    expect(() => eigenComponents(rosenbrock(), run)).toThrow(TypeError);
  });
});
