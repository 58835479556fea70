/**
 * The bookkeeping behind simulate's `settledAt` (MATH.md, "Measuring speed honestly"): which
 * stretch of steps is within the tolerance, and when the claim that it lasts for ever is proven.
 */
import type { QuadraticEnvelope } from './envelope';

/** How a settle claim was established beyond the recorded steps. */
export type SettleProof = 'envelope' | 'margin';

/** Steps a claim must hold past a settle candidate c to be believed without a closed form. */
export function settleMargin(candidate: number): number {
  return Math.max(50, candidate);
}

/**
 * Follows the criterion step by step: the candidate is the start of the current stretch within
 * tol; it becomes `settledAt` once proven, by the envelope or by the margin. The margin asks
 * three things of the stretch [c, k]: it has lasted max(50, c) steps; neither the criterion
 * nor the step length ‖wʲ − wʲ⁻¹‖∞ is growing (each peaks no higher in the second half than in
 * the first), so an iterate drifting away from far below tol is not mistaken for one that has
 * settled; and the second half peaks at most at tol/2, so a run hovering just under tol (a noise
 * floor, an adaptive method's limit cycle) is not claimed on the strength of a quiet spell.
 */
export class SettleTracker {
  // −1: no stretch within tol is open. Plain numbers keep the per-step path monomorphic.
  private candidate = -1;
  private proof: 0 | 1 | 2 = NO_PROOF;
  private nextCheck = 0;
  // The last three iterates, for the envelope (slot j mod 3).
  private readonly ring: Float64Array;
  // Criterion values and step lengths from step `historyFrom` on, for the margin's growth test;
  // kept only while no envelope applies.
  private values: Float64Array;
  private moves: Float64Array;
  private historyFrom = 0;
  private readonly previous: Float64Array;
  private envelope: QuadraticEnvelope | null;

  constructor(
    private readonly tol: number,
    envelope: QuadraticEnvelope | null,
    private readonly dim: number,
  ) {
    this.envelope = envelope;
    this.ring = new Float64Array(envelope ? 3 * dim : 0);
    this.values = new Float64Array(envelope ? 0 : 64);
    this.moves = new Float64Array(envelope ? 0 : 64);
    this.previous = new Float64Array(dim);
  }

  /** Records step k's criterion value; true when the candidate was proven at this step. */
  observe(k: number, value: number, w: Float64Array): boolean {
    const dim = this.dim;
    const env = this.envelope;
    if (env) {
      const base = (k % 3) * dim;
      for (let i = 0; i < dim; i++) this.ring[base + i] = w[i];
    } else {
      this.remember(k, value, w);
    }
    if (!(value <= this.tol)) {
      this.candidate = -1;
      this.proof = NO_PROOF;
      this.nextCheck = 0;
      return false;
    }
    if (this.candidate < 0) this.candidate = k;
    if (this.proof !== NO_PROOF) return false;
    if (env) {
      if (k === 0) return false;
      // w^{k−2}, w^{k−1}, wᵏ; at k = 1, w^{−1} = w⁰ (the velocity starts at zero).
      const back2 = (k >= 2 ? (k - 2) % 3 : 0) * dim;
      const back1 = ((k - 1) % 3) * dim;
      const verdict = env.holds(this.ring, back2, back1, (k % 3) * dim);
      if (verdict === 'holds') {
        this.proof = BY_ENVELOPE;
        return true;
      }
      if (verdict === 'not-yet') return false;
      // The steps are not the closed form's: from here on only the margin can prove a claim.
      this.envelope = null;
      this.values = new Float64Array(64);
      this.moves = new Float64Array(64);
      this.historyFrom = k;
      this.remember(k, value, w);
    }
    return this.tryMargin(k);
  }

  private remember(k: number, value: number, w: Float64Array): void {
    const at = k - this.historyFrom;
    if (at >= this.values.length) {
      const grown = new Float64Array(2 * this.values.length);
      grown.set(this.values);
      this.values = grown;
      const moves = new Float64Array(2 * this.moves.length);
      moves.set(this.moves);
      this.moves = moves;
    }
    let move = 0;
    for (let i = 0; i < this.dim; i++) {
      move = Math.max(move, Math.abs(w[i] - this.previous[i]));
      this.previous[i] = w[i];
    }
    this.values[at] = value;
    this.moves[at] = at === 0 ? 0 : move;
  }

  // The margin test, at geometrically spaced steps so its O(k − c) scan costs O(1) per step.
  private tryMargin(k: number): boolean {
    const c = this.candidate;
    if (k - c < settleMargin(c) || k < this.nextCheck) return false;
    const from = Math.max(c, this.historyFrom) - this.historyFrom;
    const to = k - this.historyFrom;
    const mid = from + Math.floor((to - from) / 2);
    if (
      to - from >= 2 &&
      notGrowing(this.values, from, mid, to) &&
      notGrowing(this.moves, from + 1, mid, to) &&
      peak(this.values, mid + 1, to) <= this.tol / 2
    ) {
      this.proof = BY_MARGIN;
      return true;
    }
    this.nextCheck = c + Math.ceil((k - c) * 1.25);
    return false;
  }

  /** In a stretch within tol that is not yet proven. */
  pending(): boolean {
    return this.candidate >= 0 && this.proof === NO_PROOF;
  }

  /**
   * The run reached its last step k without a proof. Without a closed form, claim the margin if
   * it passes there; with one, claim nothing (the envelope never closing means a direction with
   * rate ≥ 1, or one too close to 1 to prove within the margin).
   */
  giveUp(k: number): void {
    if (this.envelope === null && this.pending()) {
      this.nextCheck = 0;
      this.tryMargin(k);
    }
  }

  /** A point past the budget blew up: whatever stretch there was is broken. */
  broken(): void {
    this.candidate = -1;
    this.proof = NO_PROOF;
  }

  settledAt(): number | null {
    return this.proof !== NO_PROOF ? this.candidate : null;
  }

  settledBy(): SettleProof | null {
    return this.proof === BY_ENVELOPE ? 'envelope' : this.proof === BY_MARGIN ? 'margin' : null;
  }
}

const NO_PROOF = 0;
const BY_ENVELOPE = 1;
const BY_MARGIN = 2;

function peak(series: Float64Array, from: number, to: number): number {
  let m = -Infinity;
  for (let j = from; j <= to; j++) m = Math.max(m, series[j]);
  return m;
}

// max of series over (mid, k] ≤ max over [from, mid].
function notGrowing(series: Float64Array, from: number, mid: number, k: number): boolean {
  let early = -Infinity;
  let late = -Infinity;
  for (let j = from; j <= mid; j++) early = Math.max(early, series[j]);
  for (let j = mid + 1; j <= k; j++) late = Math.max(late, series[j]);
  return late <= early;
}
