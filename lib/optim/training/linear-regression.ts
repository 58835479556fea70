import { cars, type Car, type CarNumericField } from '../../data/cars';
import { symmetricEigen } from '../eigen';
import type { Objective, Vector } from '../types';
import { leastSquares } from './least-squares';

/** Features a regression may use (any numeric car column except the target). */
export type CarFeature = Exclude<CarNumericField, 'Miles_per_Gallon'>;

/** Options of {@link trainingProblem}. */
export interface TrainingProblemOptions {
  /** Feature columns, in order, e.g. ['Weight_in_lbs', 'Acceleration']. At least one. */
  readonly features: readonly CarFeature[];
  /**
   * true: each feature becomes (x − mean)/std (population std), giving a well-conditioned Hessian;
   * false: raw units (pounds next to seconds), badly conditioned.
   */
  readonly standardize: boolean;
  /**
   * The two halves of standardizing, separately (each defaults to `standardize`): subtract each
   * feature's mean; divide each feature by its standard deviation. Centring removes the offsets
   * that tie every feature to the bias column; scaling evens out the units.
   */
  readonly center?: boolean;
  readonly scale?: boolean;
  /** The rows to fit; default every complete car. */
  readonly rows?: readonly Car[];
}

/** A least-squares problem that is also an Objective over its weights. */
export interface TrainingProblem extends Objective {
  readonly features: readonly CarFeature[];
  readonly standardize: boolean;
  /** Names of the weights: 'bias' then the features. */
  readonly weightNames: readonly string[];
  /** Number of examples. */
  readonly n: number;
  /** Design matrix, row-major n × dim, first column 1 (the bias). */
  readonly X: Float64Array;
  /** Targets (miles per gallon). */
  readonly y: Float64Array;
  /** Per-feature mean and scale used to transform the raw columns (0 and 1 when raw). */
  readonly featureMeans: readonly number[];
  readonly featureScales: readonly number[];
  /** Hessian XᵀX/n as rows, its eigenvalues (ascending) and eigenvectors, and κ = λmax/λmin. */
  readonly hessian: readonly Vector[];
  readonly eigenvalues: readonly number[];
  readonly eigenvectors: readonly Vector[];
  readonly kappa: number;
  /** Exact minimiser (least squares by QR) and the minimum loss. */
  readonly minimizer: Vector;
  readonly minimum: number;
  /** Mean-squared-error gradient over the examples `indices` only (a minibatch), into `out`. */
  batchGradInto(w: ArrayLike<number>, indices: ArrayLike<number>, out: Float64Array): void;
}

/**
 * Linear regression of miles per gallon on car features, with a bias:
 *
 * f(w) = \frac{1}{2n} \sum_{i=1}^{n} (x_i^\top w - y_i)^2, \quad ∇f(w) = \tfrac1n X^\top (Xw - y),
 * \quad ∇^2 f = \tfrac1n X^\top X.
 *
 * A quadratic, so everything the course proves about quadratics applies, with κ read off the
 * Hessian's eigenvalues (Jacobi). Raw features give κ in the millions; standardized ones a κ
 * set only by how correlated the features are. Start from the zero vector.
 */
export function trainingProblem(options: TrainingProblemOptions): TrainingProblem {
  const { features, standardize } = options;
  const center = options.center ?? standardize;
  const scale = options.scale ?? standardize;
  const rows = options.rows ?? cars;
  if (features.length === 0) throw new RangeError('trainingProblem: choose at least one feature');
  const n = rows.length;
  const dim = features.length + 1;

  const means = features.map((f) => rows.reduce((s, r) => s + r[f], 0) / n);
  const featureMeans = features.map((_, j) => (center ? means[j] : 0));
  const featureScales = features.map((f, j) => {
    if (!scale) return 1;
    const m = means[j];
    return Math.sqrt(rows.reduce((s, r) => s + (r[f] - m) * (r[f] - m), 0) / n) || 1;
  });
  const X = new Float64Array(n * dim);
  const y = new Float64Array(n);
  rows.forEach((r, i) => {
    X[i * dim] = 1;
    features.forEach((f, j) => {
      X[i * dim + j + 1] = (r[f] - featureMeans[j]) / featureScales[j];
    });
    y[i] = r.Miles_per_Gallon;
  });

  const fArray = (w: ArrayLike<number>): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let r = -y[i];
      for (let j = 0; j < dim; j++) r += X[i * dim + j] * w[j];
      sum += r * r;
    }
    return (0.5 * sum) / n;
  };
  const batchGradInto = (
    w: ArrayLike<number>,
    indices: ArrayLike<number>,
    out: Float64Array,
  ): void => {
    out.fill(0);
    const m = indices.length;
    for (let t = 0; t < m; t++) {
      const i = indices[t];
      let r = -y[i];
      for (let j = 0; j < dim; j++) r += X[i * dim + j] * w[j];
      for (let j = 0; j < dim; j++) out[j] += X[i * dim + j] * r;
    }
    for (let j = 0; j < dim; j++) out[j] /= m;
  };
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const gradInto = (w: ArrayLike<number>, out: Float64Array): void => batchGradInto(w, all, out);

  const hessian = Array.from({ length: dim }, (_, a) =>
    Array.from({ length: dim }, (_, b) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += X[i * dim + a] * X[i * dim + b];
      return s / n;
    }),
  );
  const eig = symmetricEigen(hessian);
  const designRows = Array.from({ length: n }, (_, i) =>
    Array.from(X.subarray(i * dim, (i + 1) * dim)),
  );
  const minimizer = leastSquares(designRows, Array.from(y));
  const minimum = fArray(minimizer);

  const weightNames = ['bias', ...features];
  const scaleName =
    center && scale ? 'standardized' : center ? 'centered' : scale ? 'scaled' : 'raw';
  return {
    id: `cars-mpg-${scaleName}-${features.join('+')}`,
    label: `MPG from ${features.join(', ')} (${scaleName})`,
    tex: '\\frac{1}{2n}\\sum_{i=1}^{n} (x_i^\\top w - y_i)^2',
    dim,
    f: (w) => fArray(w),
    grad: (w) => {
      const out = new Float64Array(dim);
      gradInto(w, out);
      return Array.from(out);
    },
    fArray,
    gradInto,
    batchGradInto,
    features,
    standardize: center && scale,
    weightNames,
    n,
    X,
    y,
    featureMeans,
    featureScales,
    hessian,
    eigenvalues: eig.values,
    eigenvectors: eig.vectors,
    kappa: eig.values[dim - 1] / eig.values[0],
    minimizer,
    minimum,
    start: new Array<number>(dim).fill(0),
    ...(dim === 2 ? { view: viewAround(minimizer) } : {}),
  };
}

// A window holding both the zero start and the minimiser, with a margin.
function viewAround(wStar: Vector): NonNullable<Objective['view']> {
  const axis = (c: number): [number, number] => {
    const pad = 0.25 * Math.abs(c) + 1;
    return [Math.min(0, c) - pad, Math.max(0, c) + pad];
  };
  return { x: axis(wStar[0]), y: axis(wStar[1]) };
}
