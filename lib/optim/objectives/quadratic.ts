import type { Objective, Vector } from '../types';

/** Options of {@link quadratic}. */
export interface QuadraticOptions {
  /** Hessian eigenvalues λᵢ (any order; curvature along each eigenvector), all finite. */
  readonly eigenvalues: readonly number[];
  /** Rotation angle θ in radians of the eigenbasis (2-D only; other dims use Q = I). Default 0. */
  readonly angle?: number;
  /** The centre c = w*. Default: the origin. */
  readonly center?: Vector;
  readonly id?: string;
  readonly label?: string;
  readonly view?: Objective['view'];
  readonly start?: Vector;
}

/** A quadratic objective with its exact spectral data. */
export interface QuadraticObjective extends Objective {
  readonly minimizer: Vector;
  readonly minimum: number;
  readonly eigenvalues: readonly number[];
  readonly eigenvectors: readonly Vector[];
  /** The Hessian A as rows. */
  readonly hessian: readonly Vector[];
}

/**
 * f(w) = \tfrac12 (w-c)^\top A (w-c), \quad A = Q \operatorname{diag}(λ) Q^\top,\;
 * Q = R(θ) = \begin{pmatrix}\cos θ & -\sin θ\\ \sin θ & \cos θ\end{pmatrix} in 2-D, Q = I otherwise.
 *
 * ∇f(w) = A(w − c); minimiser c, minimum 0; eigenvector qᵢ is the i-th column of Q. Eigenvalues
 * are reported in ascending order with matching eigenvectors. This is the model problem of
 * "Why Momentum Really Works" (Goh, Distill 2017) and of every closed form in quadratic-analysis.
 */
export function quadratic(options: QuadraticOptions): QuadraticObjective {
  const lambdas = options.eigenvalues;
  const dim = lambdas.length;
  if (dim === 0 || lambdas.some((l) => !Number.isFinite(l))) {
    throw new RangeError('quadratic: eigenvalues must be a non-empty list of finite numbers');
  }
  const angle = options.angle ?? 0;
  const center = options.center ?? new Array<number>(dim).fill(0);
  if (center.length !== dim)
    throw new RangeError('quadratic: center must have one entry per eigenvalue');

  // Columns of Q, paired with their eigenvalues, then sorted ascending by eigenvalue.
  const columns: number[][] = [];
  for (let i = 0; i < dim; i++) {
    const q = new Array<number>(dim).fill(0);
    if (dim === 2) {
      const c = Math.cos(angle);
      const s = Math.sin(angle);
      q[0] = i === 0 ? c : -s;
      q[1] = i === 0 ? s : c;
    } else {
      q[i] = 1;
    }
    columns.push(q);
  }
  const order = lambdas.map((_, i) => i).sort((a, b) => lambdas[a] - lambdas[b]);

  const A = new Float64Array(dim * dim);
  for (let r = 0; r < dim; r++) {
    for (let c = 0; c < dim; c++) {
      let sum = 0;
      for (let k = 0; k < dim; k++) sum += columns[k][r] * lambdas[k] * columns[k][c];
      A[r * dim + c] = sum;
    }
  }
  const cen = Float64Array.from(center);
  const d = new Float64Array(dim);

  let value = (w: ArrayLike<number>): number => {
    for (let i = 0; i < dim; i++) d[i] = w[i] - cen[i];
    let sum = 0;
    for (let r = 0; r < dim; r++) {
      let row = 0;
      for (let c = 0; c < dim; c++) row += A[r * dim + c] * d[c];
      sum += d[r] * row;
    }
    return 0.5 * sum;
  };
  let gradInto = (w: ArrayLike<number>, out: Float64Array): void => {
    for (let i = 0; i < dim; i++) d[i] = w[i] - cen[i];
    for (let r = 0; r < dim; r++) {
      let row = 0;
      for (let c = 0; c < dim; c++) row += A[r * dim + c] * d[c];
      out[r] = row;
    }
  };
  if (dim === 2) {
    // The lessons' case, unrolled: the generic loops cost ~4× more per call, and simulate calls
    // both once per step. Same operations in the same order as the loops above.
    const [a00, a01, a10, a11] = A;
    const [c0, c1] = cen;
    value = (w) => {
      const d0 = w[0] - c0;
      const d1 = w[1] - c1;
      return 0.5 * (d0 * (0 + a00 * d0 + a01 * d1) + d1 * (0 + a10 * d0 + a11 * d1));
    };
    gradInto = (w, out) => {
      const d0 = w[0] - c0;
      const d1 = w[1] - c1;
      out[0] = 0 + a00 * d0 + a01 * d1;
      out[1] = 0 + a10 * d0 + a11 * d1;
    };
  }

  const sortedLambdas = order.map((i) => lambdas[i]);
  const label =
    options.label ?? `Quadratic (λ = ${sortedLambdas.map((l) => +l.toPrecision(4)).join(', ')})`;
  return {
    id: options.id ?? 'quadratic',
    label,
    tex: '\\tfrac12 (w-w^\\star)^\\top A\\,(w-w^\\star)',
    dim,
    f: (w) => value(w),
    grad: (w) => {
      const out = new Float64Array(dim);
      gradInto(w, out);
      return Array.from(out);
    },
    fArray: value,
    gradInto,
    minimizer: Array.from(center),
    minimum: 0,
    eigenvalues: sortedLambdas,
    eigenvectors: order.map((i) => columns[i]),
    hessian: Array.from({ length: dim }, (_, r) => Array.from(A.subarray(r * dim, (r + 1) * dim))),
    view: options.view,
    start: options.start,
  };
}

/** Options of {@link illConditionedBowl}. */
export interface BowlOptions {
  /** Condition number κ = λmax/λmin ≥ 1 (the lessons' slider, typically 1 … 1000). */
  readonly kappa: number;
  /** Rotation of the bowl in radians. Default 0: the slow direction is the x axis. */
  readonly angle?: number;
}

/**
 * The lessons' 2-D ill-conditioned bowl: {@link quadratic} with λ = (1/κ, 1), centred at 0.
 *
 * f(w) = \tfrac12\left(\tfrac{x^2}{κ} + y^2\right) (at angle 0).
 *
 * Scaling λmax = 1 keeps every step-size threshold fixed while κ moves: GD is stable for
 * 0 < α < 2, momentum for 0 < α < 2 + 2β, so an α slider over [0, 4] keeps its meaning. The
 * slow direction is x; the plot window x ∈ [−4, 4], y ∈ [−2, 2] with start (−3.5, 1.5) shows the
 * zig-zag across y and the crawl along x.
 */
export function illConditionedBowl(options: BowlOptions): QuadraticObjective {
  const { kappa } = options;
  if (!(kappa >= 1) || !Number.isFinite(kappa))
    throw new RangeError('illConditionedBowl: kappa must be ≥ 1');
  return quadratic({
    eigenvalues: [1 / kappa, 1],
    angle: options.angle ?? 0,
    id: 'ill-conditioned-bowl',
    label: `Ill-conditioned bowl (κ = ${+kappa.toPrecision(4)})`,
    view: { x: [-4, 4], y: [-2, 2] },
    start: [-3.5, 1.5],
  });
}
