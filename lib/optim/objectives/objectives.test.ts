import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { symmetricEigen } from '../eigen';
import type { Objective } from '../types';
import { chain } from './chain';
import { beale, booth, himmelblau, narrowValley, rosenbrock, saddle } from './classic';
import { illConditionedBowl, quadratic } from './quadratic';
import { getObjective, objectives } from './registry';

// Properties run from a fixed seed: tests never depend on unseeded randomness.
fc.configureGlobal({ seed: 20240610 });

const everyObjective: Objective[] = [
  ...objectives,
  quadratic({ eigenvalues: [0.5, 3, 7], center: [1, -2, 0.5] }),
  quadratic({ eigenvalues: [2, 0.1], angle: 0.7, center: [0.3, -0.4] }),
  rosenbrock({ a: 2, b: 10 }),
  chain({ n: 6, kappa: 20 }),
];

// Central difference with a step scaled to the coordinate.
function numericGrad(o: Objective, w: number[]): number[] {
  return w.map((wi, i) => {
    const h = 1e-5 * Math.max(1, Math.abs(wi));
    const up = [...w];
    const down = [...w];
    up[i] = wi + h;
    down[i] = wi - h;
    return (o.f(up) - o.f(down)) / (2 * h);
  });
}

describe('objectives', () => {
  for (const o of everyObjective) {
    it(`${o.id}.grad(w) matches central differences at random points`, () => {
      const box = o.view ?? { x: [-3, 3], y: [-3, 3] };
      const coord = fc.double({
        min: Math.min(box.x[0], box.y[0]),
        max: Math.max(box.x[1], box.y[1]),
        noNaN: true,
      });
      fc.assert(
        fc.property(fc.array(coord, { minLength: o.dim, maxLength: o.dim }), (w) => {
          const g = o.grad(w);
          const n = numericGrad(o, w);
          const scale = Math.max(1, ...n.map(Math.abs));
          for (let i = 0; i < o.dim; i++)
            expectClose(g[i] / scale, n[i] / scale, 1e-6, `${o.id} ∂${i}`);
        }),
        { numRuns: 60 },
      );
    });

    it(`${o.id} f and grad agree with fArray and gradInto bit for bit`, () => {
      const w = Array.from({ length: o.dim }, (_, i) => 0.3 + 0.17 * i);
      if (o.fArray) expect(Object.is(o.fArray(Float64Array.from(w)), o.f(w))).toBe(true);
      if (o.gradInto) {
        const out = new Float64Array(o.dim);
        o.gradInto(Float64Array.from(w), out);
        expect(Array.from(out)).toEqual(o.grad(w));
      }
    });

    if (o.minimizer) {
      it(`${o.id} has zero gradient and value ${o.minimum} at each known minimiser`, () => {
        for (const m of o.minimizers ?? [o.minimizer!]) {
          for (const gi of o.grad(m)) expectClose(gi, 0, 1e-9);
          if (o.minimum !== undefined) expectClose(o.f(m), o.minimum, 1e-12);
        }
      });
    }
  }

  it('registry ids are unique, stable and found by getObjective', () => {
    const ids = objectives.map((o) => o.id);
    expect(ids).toEqual([
      'ill-conditioned-bowl',
      'rosenbrock',
      'narrow-valley',
      'saddle',
      'himmelblau',
      'beale',
      'booth',
    ]);
    for (const o of objectives) expect(getObjective(o.id)).toBe(o);
    expect(getObjective('nope')).toBeUndefined();
  });

  it('every registered 2-D objective has a view that contains its minimisers and start', () => {
    for (const o of objectives) {
      expect(o.dim).toBe(2);
      const v = o.view!;
      for (const p of [...(o.minimizers ?? [o.minimizer!]), o.start!]) {
        expect(p[0]).toBeGreaterThanOrEqual(v.x[0]);
        expect(p[0]).toBeLessThanOrEqual(v.x[1]);
        expect(p[1]).toBeGreaterThanOrEqual(v.y[0]);
        expect(p[1]).toBeLessThanOrEqual(v.y[1]);
      }
    }
  });

  it('quadratic({ eigenvalues, angle }) has A qᵢ = λᵢ qᵢ with orthonormal qᵢ, sorted ascending', () => {
    const q = quadratic({ eigenvalues: [5, 0.5], angle: 0.9, center: [1, 2] });
    expect(q.eigenvalues).toEqual([0.5, 5]);
    q.eigenvectors.forEach((v, i) => {
      const Av = q.hessian.map((row) => row[0] * v[0] + row[1] * v[1]);
      expectClose(Av[0], q.eigenvalues[i] * v[0], 1e-14);
      expectClose(Av[1], q.eigenvalues[i] * v[1], 1e-14);
      expectClose(Math.hypot(v[0], v[1]), 1, 1e-15);
    });
    expectClose(
      q.eigenvectors[0][0] * q.eigenvectors[1][0] + q.eigenvectors[0][1] * q.eigenvectors[1][1],
      0,
      1e-15,
    );
    expect(q.minimizer).toEqual([1, 2]);
  });

  it('quadratic f(w) = ½ (w−c)ᵀA(w−c) by direct evaluation', () => {
    const q = quadratic({ eigenvalues: [1, 4], angle: 0.3, center: [1, -1] });
    const w = [2, 0.5];
    const d = [w[0] - 1, w[1] + 1];
    const Ad = q.hessian.map((row) => row[0] * d[0] + row[1] * d[1]);
    expectClose(q.f(w), 0.5 * (d[0] * Ad[0] + d[1] * Ad[1]), 1e-14);
  });

  it('illConditionedBowl({ kappa }) has eigenvalues 1/κ and 1', () => {
    const b = illConditionedBowl({ kappa: 50 });
    expect(b.eigenvalues).toEqual([1 / 50, 1]);
    expect(b.id).toBe('ill-conditioned-bowl');
    expect(() => illConditionedBowl({ kappa: 0.5 })).toThrow(RangeError);
  });

  it('chain({ n, kappa }) eigenvalues match a Jacobi decomposition and lie in [4/(κ−1), 4κ/(κ−1)]', () => {
    const c = chain({ n: 8, kappa: 30 });
    const H = Array.from({ length: 8 }, (_, i) => {
      const e = Array.from({ length: 8 }, (_, j) => (j === i ? 1 : 0));
      return c.grad(e).map((g, j) => g - c.grad(new Array(8).fill(0))[j]);
    });
    const jac = symmetricEigen(H);
    c.eigenvalues.forEach((l, i) => expectClose(l, jac.values[i], 1e-12));
    expect(c.eigenvalues[0]).toBeGreaterThan(c.spectrumBounds[0]);
    expect(c.eigenvalues[7]).toBeLessThan(c.spectrumBounds[1]);
    expectClose(c.spectrumBounds[1] / c.spectrumBounds[0], 30, 1e-12);
  });

  it('himmelblau has four minimisers and saddle has a saddle point at the origin', () => {
    expect(himmelblau().minimizers).toHaveLength(4);
    const s = saddle();
    expect(s.grad([0, 0])).toEqual([0, 0]);
    expect(s.f([0, 0])).toBeGreaterThan(s.minimum!);
    expect(booth().minimizer).toEqual([1, 3]);
    expect(beale().minimizer).toEqual([3, 0.5]);
    expect(narrowValley().minimum).toBe(0);
  });
});
