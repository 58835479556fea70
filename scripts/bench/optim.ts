/**
 * Benchmark sections for lib/optim: the two hot paths the widgets drive on every slider move.
 */
import { heavyBall, illConditionedBowl, rateMap, simulate } from '../../lib/optim';
import type { Vector } from '../../lib/optim';
import { rateHeatmap } from '../../lib/plot/rate-heatmap';
import { benchSection, type BenchSection } from './harness';

const bowl = illConditionedBowl({ kappa: 100, angle: 0.3 });
const w0: Vector = [-3.5, 1.5];
const lr = 1;
const beta = 0.9;

// The obvious implementation: arrays allocated per gradient, velocity and point, with the
// quadratic's gradient A·w and loss ½ wᵀAw written out over its Hessian rows.
function naiveSimulate(A: readonly Vector[], start: Vector, steps: number) {
  const gradient = (w: readonly number[]) =>
    A.map((row) => row.reduce((s, a, j) => s + a * w[j], 0));
  const loss = (w: readonly number[]) => 0.5 * gradient(w).reduce((s, g, i) => s + g * w[i], 0);
  let w = [...start];
  let z = w.map(() => 0);
  const points: number[][] = [w];
  const losses: number[] = [loss(w)];
  for (let k = 0; k < steps; k++) {
    const g = gradient(w);
    z = z.map((zi, i) => beta * zi + g[i]);
    w = w.map((wi, i) => wi - lr * z[i]);
    points.push(w);
    losses.push(loss(w));
  }
  return { points, losses };
}

interface C {
  re: number;
  im: number;
}
// Spectral radius of a 2×2 matrix by a generic eigenvalue solve with arrays and complex records.
function naiveSpectralRadius(m: number[][]): number {
  const tr = m[0][0] + m[1][1];
  const det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
  const disc = tr * tr - 4 * det;
  const root: C = disc >= 0 ? { re: Math.sqrt(disc), im: 0 } : { re: 0, im: Math.sqrt(-disc) };
  const eig: C[] = [
    { re: (tr + root.re) / 2, im: root.im / 2 },
    { re: (tr - root.re) / 2, im: -root.im / 2 },
  ];
  return Math.max(...eig.map((e) => Math.hypot(e.re, e.im)));
}
function naiveRateMap(lambdaMin: number, lambdaMax: number, n: number) {
  const rows: number[][] = [];
  for (let r = 0; r < n; r++) {
    const b = (0.999 * r) / (n - 1);
    const row: number[] = [];
    for (let c = 0; c < n; c++) {
      const a = (4 * c) / (n - 1);
      const rates = [lambdaMin, lambdaMax].map((l) =>
        naiveSpectralRadius([
          [b, l],
          [-a * b, 1 - a * l],
        ]),
      );
      row.push(Math.max(...rates));
    }
    rows.push(row);
  }
  return rows;
}

const optimizer = heavyBall({ lr, beta });

export const optimSections: readonly BenchSection[] = [
  benchSection(
    'optim simulate: 1,000 heavy-ball steps on a 2-D quadratic, with trajectory',
    () => simulate(bowl, optimizer, w0, { steps: 1000 }),
    () => naiveSimulate(bowl.hessian, w0, 1000),
    0.05,
  ),
  benchSection(
    'optim rateMap: 200x200 (alpha, beta) rates and regions from the closed form',
    () => rateMap({ lambdaMin: 0.01, lambdaMax: 1, alpha: [0, 4, 200], beta: [0, 0.999, 200] }),
    () => naiveRateMap(0.01, 1, 200),
    2,
  ),
  benchSection(
    'plot rateHeatmap: the rate map figure rebuilt for a new kappa, 200x200 (vs the naive map alone)',
    () => rateHeatmap(37),
    () => naiveRateMap(1 / 37, 1, 200),
    40,
  ),
];
