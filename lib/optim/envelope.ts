/**
 * The closed-form envelope of a run on a quadratic: a proof, from the last iterates alone, that
 * the loss stays at or below a level for every future step (MATH.md, "Measuring speed honestly").
 *
 * On f(w) = ½(w − w*)ᵀA(w − w*) + f*, gradient descent, the heavy ball, its averaged form and
 * Nesterov move each eigen-coordinate xᵢ = qᵢᵀ(w − w*) by its own two-term recurrence
 *
 * x^{k+1} = p\,x^k + q\,x^{k-1}, \qquad x^{-1} = x^0 \text{ (the velocity starts at zero)},
 *
 * gradient descent p = 1 − αλ, q = 0; heavy ball p = 1 + β − αλ, q = −β; Nesterov
 * p = (1 − αλ)(1 + β), q = −β(1 − αλ); the averaged form is the heavy ball with α = α′(1 − β).
 * With σ₁, σ₂ the roots of σ² = pσ + q and ρ = max|σ|, the future after xⁿ is bounded two ways:
 *
 * - distinct roots: x^{n−1+j} = Aσ₁ʲ + Bσ₂ʲ, so |x^{n+m}| ≤ |A||σ₁|² + |B||σ₂|² for every m ≥ 1
 *   when ρ ≤ 1 (tight for complex roots, where it is the ringing's amplitude);
 * - any roots (Cayley–Hamilton): x^{n−1+j} = s_j xⁿ − σ₁σ₂ s_{j−1} x^{n−1} with
 *   s_j = Σ_{m<j} σ₁ᵐσ₂^{j−1−m}, |s_j| ≤ jρ^{j−1}, so |x^{n−1+j}| ≤ ρ^{j−1}(j|xⁿ| + (j−1)ρ|x^{n−1}|),
 *   whose largest value over j ≥ 2 is explicit; this one needs no gap between the roots.
 *
 * The excess loss then stays below ½ Σ_{λᵢ>0} λᵢ (sup_m |xᵢ^{n+m}|)². Everything here is exact
 * arithmetic on recorded iterates; the caller first checks that the recorded iterates obey the
 * recurrence, so an optimizer that is not what its name says is never certified.
 */
import type { Objective, Optimizer } from './types';

/** The recurrence coefficients x^{k+1} = p x^k + q x^{k−1} of one eigen-direction. */
export interface Recurrence {
  readonly p: number;
  readonly q: number;
}

/**
 * The per-direction recurrence of a built-in optimizer on a quadratic with curvature λ, read from
 * its stable id and hyper-parameters; null for optimizers without one (Adam, RMSProp, a typed rule).
 */
export function quadraticRecurrence(
  optimizer: Pick<Optimizer<unknown>, 'name' | 'hyper'>,
  lambda: number,
): Recurrence | null {
  const { lr, beta } = optimizer.hyper;
  if (!Number.isFinite(lr)) return null;
  switch (optimizer.name) {
    case 'gd':
      return { p: 1 - lr * lambda, q: 0 };
    case 'heavy-ball':
      return Number.isFinite(beta) ? { p: 1 + beta - lr * lambda, q: -beta } : null;
    case 'ema-momentum':
      return Number.isFinite(beta) ? { p: 1 + beta - lr * (1 - beta) * lambda, q: -beta } : null;
    case 'nesterov':
      return Number.isFinite(beta)
        ? { p: (1 - lr * lambda) * (1 + beta), q: -beta * (1 - lr * lambda) }
        : null;
    default:
      return null;
  }
}

/** What the envelope needs of one direction, computed once per run. */
export interface Direction {
  readonly lambda: number;
  readonly p: number;
  readonly q: number;
  /** Largest root modulus ρ, and ln ρ (computed once: the uniform bound needs it per check). */
  readonly rho: number;
  readonly lnRho: number;
  /** 'real' distinct roots, 'complex' pair, or 'close' (repeated, or too close to divide by). */
  readonly kind: 'real' | 'complex' | 'close';
  /** Real roots σ₁ > σ₂, or the complex pair a ± ib. */
  readonly s1: number;
  readonly s2: number;
  readonly a: number;
  readonly b: number;
}

/** The roots of one direction's recurrence, sorted into the cases the bounds need. */
export function direction(lambda: number, { p, q }: Recurrence): Direction {
  const disc = p * p + 4 * q;
  if (disc < 0) {
    const a = p / 2;
    const b = Math.sqrt(-disc) / 2;
    const rho = Math.sqrt(-q);
    const kind = b > 1e-7 * Math.max(rho, 1e-300) ? 'complex' : 'close';
    return { lambda, p, q, rho, lnRho: Math.log(rho), kind, s1: a, s2: a, a, b };
  }
  const root = Math.sqrt(disc);
  // The larger-magnitude root from the formula, the other from σ₁σ₂ = −q: no cancellation.
  const big = p >= 0 ? (p + root) / 2 : (p - root) / 2;
  const small = big !== 0 ? -q / big : 0;
  const s1 = Math.max(big, small);
  const s2 = Math.min(big, small);
  const rho = Math.max(Math.abs(s1), Math.abs(s2));
  const kind = root > 1e-7 * Math.max(rho, 1e-300) ? 'real' : 'close';
  return { lambda, p, q, rho, lnRho: Math.log(rho), kind, s1, s2, a: 0, b: 0 };
}

/**
 * sup over m ≥ 1 of |x^{n+m}| given u = x^{n−1} and v = xⁿ: the smaller of the two bounds above
 * (Infinity when neither is finite, which happens only when ρ ≥ 1).
 */
export function futureAmplitude(dir: Direction, u: number, v: number): number {
  return Math.min(projectorBound(dir, u, v), uniformBound(dir, Math.abs(u), Math.abs(v)));
}

// The distinct-roots bound |A||σ₁|² + |B||σ₂|² (Infinity when ρ > 1 or the roots are too close).
function projectorBound(dir: Direction, u: number, v: number): number {
  if (u === 0 && v === 0) return 0;
  if (!(dir.rho <= 1)) return Infinity;
  if (dir.kind === 'real') {
    const gap = dir.s1 - dir.s2;
    const A = Math.abs(v - dir.s2 * u) / gap;
    const B = Math.abs(dir.s1 * u - v) / gap;
    return A * dir.s1 * dir.s1 + B * dir.s2 * dir.s2;
  }
  if (dir.kind === 'complex') {
    // |A| = |B| = |v − σ₂u| / |σ₁ − σ₂| with σ₂ = a − ib, σ₁ − σ₂ = 2ib.
    const A = Math.hypot(v - dir.a * u, dir.b * u) / (2 * dir.b);
    return 2 * A * dir.rho * dir.rho;
  }
  return Infinity;
}

// max over integers j ≥ 2 of ρ^{j−1}(jC − D), C = |v| + ρ|u|, D = ρ|u|: the function of real j
// rises then falls, with its top at j* = D/C + 1/(−ln ρ), so the two integers around j* decide.
// Infinity when ρ ≥ 1 (unless u = v = 0).
function uniformBound(dir: Direction, absU: number, absV: number): number {
  const rho = dir.rho;
  const C = absV + rho * absU;
  const D = rho * absU;
  // ρ = 0: both roots vanish and so does every x after the next; C = 0: nothing left to bound.
  if (rho === 0 || C === 0) return 0;
  if (!(rho < 1)) return Infinity;
  const top = D / C - 1 / dir.lnRho;
  const lo = Math.max(2, Math.floor(top));
  const hi = Math.max(2, Math.ceil(top));
  return Math.max(
    Math.exp((lo - 1) * dir.lnRho) * (lo * C - D),
    Math.exp((hi - 1) * dir.lnRho) * (hi * C - D),
  );
}

/**
 * Certifies "f(w^{n+m}) − target ≤ tol for every m ≥ 1" on a quadratic, for an optimizer with a
 * known recurrence. Built once per run; `holds` costs O(dim²) and allocates nothing.
 */
export class QuadraticEnvelope {
  private readonly dirs: Direction[];
  private readonly vectors: Float64Array;
  private readonly center: Float64Array;
  private readonly dim: number;
  /** The loss budget left for the eigen-terms: tol − (f* − target). */
  private readonly room: number;
  private readonly xs: Float64Array;

  private constructor(
    dirs: Direction[],
    vectors: Float64Array,
    center: Float64Array,
    room: number,
  ) {
    this.dirs = dirs;
    this.vectors = vectors;
    this.center = center;
    this.dim = center.length;
    this.room = room;
    this.xs = new Float64Array(3 * this.dim);
  }

  /**
   * The envelope for `objective` (a quadratic: eigenvalues, eigenvectors, minimiser and minimum
   * known) and `optimizer`, or null when either lacks the closed form.
   */
  static of(
    objective: Objective,
    optimizer: Pick<Optimizer<unknown>, 'name' | 'hyper'>,
    tol: number,
    target: number,
  ): QuadraticEnvelope | null {
    const { eigenvalues, eigenvectors, minimizer, minimum, dim } = objective;
    if (!eigenvalues || !eigenvectors || !minimizer || minimum === undefined) return null;
    if (eigenvalues.length !== dim || eigenvectors.length !== dim || minimizer.length !== dim)
      return null;
    const dirs: Direction[] = [];
    for (const lambda of eigenvalues) {
      const rec = quadraticRecurrence(optimizer, lambda);
      if (!rec || !Number.isFinite(rec.p) || !Number.isFinite(rec.q)) return null;
      dirs.push(direction(lambda, rec));
    }
    const vectors = new Float64Array(dim * dim);
    eigenvectors.forEach((q, i) => vectors.set(q, i * dim));
    return new QuadraticEnvelope(
      dirs,
      vectors,
      Float64Array.from(minimizer),
      tol - (minimum - target),
    );
  }

  /**
   * True when the iterates w^{n−2}, w^{n−1}, wⁿ (read from `points` at the given offsets, n ≥ 1;
   * at n = 1 pass w⁰ as both w^{−1} and w⁰, since the velocity starts at zero) follow the
   * recurrence and the envelope of every future step stays within tol ('holds'); 'not-yet' says
   * nothing (the caller runs on and asks again); 'not-linear' says the recorded step is not the
   * recurrence's (an optimizer that is not what its name says), so no envelope applies to this run.
   */
  holds(
    points: ArrayLike<number>,
    back2: number,
    back1: number,
    now: number,
  ): 'holds' | 'not-yet' | 'not-linear' {
    const { dim, dirs, vectors, center, xs } = this;
    if (!(this.room >= 0)) return 'not-yet';
    // Eigen-coordinates x = Qᵀ(w − w*) of the three iterates.
    for (let i = 0; i < dim; i++) {
      let x2 = 0;
      let x1 = 0;
      let x0 = 0;
      for (let c = 0; c < dim; c++) {
        const qc = vectors[i * dim + c];
        x2 += qc * (points[back2 + c] - center[c]);
        x1 += qc * (points[back1 + c] - center[c]);
        x0 += qc * (points[now + c] - center[c]);
      }
      xs[3 * i] = x2;
      xs[3 * i + 1] = x1;
      xs[3 * i + 2] = x0;
    }
    let scale = 0;
    for (let c = 0; c < dim; c++)
      scale = Math.max(scale, Math.abs(points[now + c]), Math.abs(center[c]));
    let bound = 0;
    for (let i = 0; i < dim; i++) {
      const dir = dirs[i];
      const x2 = xs[3 * i];
      const x1 = xs[3 * i + 1];
      const x0 = xs[3 * i + 2];
      // The recorded step must be the recurrence's, up to rounding in w-space.
      const predicted = dir.p * x1 + dir.q * x2;
      const slack =
        1e-7 * (Math.abs(x0) + Math.abs(dir.p * x1) + Math.abs(dir.q * x2)) +
        1e-12 * scale +
        1e-290;
      if (!(Math.abs(x0 - predicted) <= slack)) return 'not-linear';
    }
    // The cheap distinct-roots bounds first; the uniform one only where they do not close.
    const limit = this.room * (1 - 1e-9);
    let cheap = 0;
    for (let i = 0; i < dim; i++) {
      const dir = dirs[i];
      if (!(dir.lambda > 0)) continue;
      const amp = projectorBound(dir, xs[3 * i + 1], xs[3 * i + 2]);
      cheap += 0.5 * dir.lambda * amp * amp;
    }
    if (cheap <= limit) return 'holds';
    for (let i = 0; i < dim; i++) {
      const dir = dirs[i];
      if (!(dir.lambda > 0)) continue;
      const amp = futureAmplitude(dir, xs[3 * i + 1], xs[3 * i + 2]);
      bound += 0.5 * dir.lambda * amp * amp;
      if (!(bound <= this.room)) return 'not-yet';
    }
    return bound <= this.room * (1 - 1e-9) ? 'holds' : 'not-yet';
  }
}
