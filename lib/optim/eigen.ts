import type { SimulationResult } from './simulate';
import type { Objective, Vector } from './types';

/** Eigenvalues (ascending) and matching unit eigenvectors of a symmetric matrix. */
export interface SymmetricEigen {
  readonly values: readonly number[];
  /** vectors[i] is the eigenvector qᵢ of values[i] (the i-th column of Q). */
  readonly vectors: readonly Vector[];
}

/**
 * Eigen-decomposition A = Q diag(λ) Qᵀ of a small symmetric matrix by cyclic Jacobi rotations:
 * each rotation zeroes one off-diagonal pair; sweeps repeat until the off-diagonal mass is below
 * 1e-30 of the total (at most 100 sweeps). Accurate to rounding for the small Hessians here
 * (n ≲ 50); A must be symmetric.
 * Reference: Golub & Van Loan, "Matrix Computations", §8.5 (the classical Jacobi method).
 */
export function symmetricEigen(matrix: readonly Vector[]): SymmetricEigen {
  const n = matrix.length;
  const a = matrix.map((row) => Float64Array.from(row));
  const v = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = 1;
    return row;
  });
  let total = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) total += a[i][j] * a[i][j];
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += 2 * a[i][j] * a[i][j];
    if (off <= 1e-30 * total || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p][q];
        if (apq === 0) continue;
        // Rotation angle chosen so the new a[p][q] is 0 (the smaller of the two roots, for stability).
        const theta = (a[q][q] - a[p][p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i][i] - a[j][j]);
  return {
    values: order.map((i) => a[i][i]),
    vectors: order.map((i) => Array.from({ length: n }, (_, k) => v[k][i])),
  };
}

/** Per-eigen-direction coordinates of a run. */
export interface EigenComponents {
  readonly eigenvalues: readonly number[];
  /** coords[i][k] = x_i^k = q_iᵀ(wᵏ − w*). */
  readonly coords: readonly number[][];
}

/**
 * The run in the eigenbasis: x_i^k = q_i^\top (w^k - w^\star), i.e. x = Qᵀ(w − w*) (not Q(w − w*),
 * an erratum in the Distill article). Needs an objective with `eigenvectors` and `minimizer`
 * (quadratics and training problems); throws otherwise.
 */
export function eigenComponents(
  objective: Objective,
  run: Pick<SimulationResult, 'points'>,
): EigenComponents {
  const { eigenvectors, eigenvalues, minimizer } = objective;
  if (!eigenvectors || !eigenvalues || !minimizer) {
    throw new TypeError(
      `eigenComponents: objective '${objective.id}' has no eigen-decomposition and minimiser`,
    );
  }
  const points = run.points;
  const dim = objective.dim;
  const coords = eigenvectors.map((q) => {
    const series = new Array<number>(points.length);
    for (let k = 0; k < points.length; k++) {
      let s = 0;
      for (let j = 0; j < dim; j++) s += q[j] * (points.get(k, j) - minimizer[j]);
      series[k] = s;
    }
    return series;
  });
  return { eigenvalues, coords };
}
