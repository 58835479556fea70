import { mulberry32 } from '@/lib/optim/random';
import type { SourceError } from './errors';
import { parseObjective, type FormulaObjective } from './objective';
import { parseUpdateRule, ruleOptimizer, type RuleHyper, type UpdateRule } from './update-rule';

/** Two finite numbers agree within tol·max(1, |a|, |b|); two non-finite ones if they are equal or both NaN. */
function agree(a: number, b: number, tol: number): boolean {
  if (Number.isFinite(a) && Number.isFinite(b))
    return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** The answer of {@link formulasEquivalent}. */
export interface FormulaComparison {
  readonly equivalent: boolean;
  /** A point where the two differ, with both values. */
  readonly counterexample?: {
    readonly point: readonly [number, number];
    readonly a: number;
    readonly b: number;
  };
  /** Set when a formula does not parse (`which` says which one). */
  readonly error?: SourceError & { readonly which: 'a' | 'b' };
}

/** Options of {@link formulasEquivalent}. */
export interface FormulaComparisonOptions {
  /** Random points tried (default 64). */
  readonly samples?: number;
  /** Seed of the points (default 1): the same seed always tries the same points. */
  readonly seed?: number;
  /** Points are drawn uniformly from [−range, range]² (default 3, the plots' window). */
  readonly range?: number;
  /** Relative tolerance (default 1e-9). */
  readonly tol?: number;
}

function asObjective(
  x: string | FormulaObjective,
  which: 'a' | 'b',
): FormulaObjective | FormulaComparison {
  if (typeof x !== 'string') return x;
  const parsed = parseObjective(x);
  return parsed.ok ? parsed.objective : { equivalent: false, error: { ...parsed.error, which } };
}

/**
 * Whether two formulas in x and y are the same function, judged by evaluation at seeded random
 * points (and at the origin): f_a(p) ≈ f_b(p) within `tol`, where NaN matches NaN (so log(x)
 * and ln(x) agree even for x < 0). Used to check "type the formula" answers: x^2 + 2xy + y^2
 * and (x + y)^2 are equivalent. Never throws.
 */
export function formulasEquivalent(
  a: string | FormulaObjective,
  b: string | FormulaObjective,
  options: FormulaComparisonOptions = {},
): FormulaComparison {
  const fa = asObjective(a, 'a');
  if ('equivalent' in fa) return fa;
  const fb = asObjective(b, 'b');
  if ('equivalent' in fb) return fb;
  const samples = options.samples ?? 64;
  const range = options.range ?? 3;
  const tol = options.tol ?? 1e-9;
  const uniform = mulberry32(options.seed ?? 1);
  for (let k = 0; k <= samples; k++) {
    const point: [number, number] =
      k === 0 ? [0, 0] : [(2 * uniform() - 1) * range, (2 * uniform() - 1) * range];
    const va = fa.f(point);
    const vb = fb.f(point);
    if (!agree(va, vb, tol)) return { equivalent: false, counterexample: { point, a: va, b: vb } };
  }
  return { equivalent: true };
}

/** The answer of {@link rulesEquivalent}. */
export interface RuleComparison {
  readonly equivalent: boolean;
  /** Where the trajectories first part: the test objective, the hyper-parameters, the step k and both points wᵏ. */
  readonly counterexample?: {
    readonly objective: string;
    readonly hyper: RuleHyper;
    readonly step: number;
    readonly a: readonly number[];
    readonly b: readonly number[];
  };
  readonly error?: SourceError & { readonly which: 'a' | 'b' };
}

/** Options of {@link rulesEquivalent}. */
export interface RuleComparisonOptions {
  /** Updates compared on each objective (default 40). */
  readonly steps?: number;
  /**
   * Hyper-parameter settings tried (default two different ones, so a rule that hard-codes 0.9
   * for β is told apart from one that uses β).
   */
  readonly hyper?: readonly RuleHyper[];
  /** Relative tolerance on every coordinate (default 1e-9). */
  readonly tol?: number;
  /** Seed of the start points (default 1). */
  readonly seed?: number;
}

/** Test surfaces: an ill-conditioned bowl, a curved valley, a non-quadratic with a cross term. */
const TEST_FORMULAS = [
  '(x^2 + 10 y^2)/2',
  '(1 - x)^2 + 5 (y - x^2)^2',
  'log(1 + x^2) + y^2/2 + 0.3 x y',
];
let testObjectives: FormulaObjective[] | undefined;

function objectivesForRules(): FormulaObjective[] {
  testObjectives ??= TEST_FORMULAS.map((s) => {
    const parsed = parseObjective(s);
    if (!parsed.ok) throw new Error(`rulesEquivalent: test formula does not parse: ${s}`);
    return parsed.objective;
  });
  return testObjectives;
}

const DEFAULT_HYPER: readonly RuleHyper[] = [
  { lr: 0.02, beta: 0.9, beta2: 0.999, eps: 1e-8 },
  { lr: 0.05, beta: 0.5, beta2: 0.99, eps: 1e-6 },
];

/**
 * Whether two update rules move the parameters identically: both run `steps` updates from the
 * same seeded start points on a few test objectives and under a few hyper-parameter settings,
 * and every iterate must agree within `tol` (NaN matching NaN). Used to check "write the update
 * rule" answers: `v = beta*v + g; w = w - lr*v` and `v = g + beta*v; w = w - v*lr` are
 * equivalent; the EMA form with the same lr is not. Never throws.
 */
export function rulesEquivalent(
  a: string | UpdateRule,
  b: string | UpdateRule,
  options: RuleComparisonOptions = {},
): RuleComparison {
  const ra = asRule(a, 'a');
  if ('equivalent' in ra) return ra;
  const rb = asRule(b, 'b');
  if ('equivalent' in rb) return rb;
  const steps = options.steps ?? 40;
  const tol = options.tol ?? 1e-9;
  const uniform = mulberry32(options.seed ?? 1);
  for (const hyper of options.hyper ?? DEFAULT_HYPER) {
    for (const objective of objectivesForRules()) {
      const start = [(2 * uniform() - 1) * 2, (2 * uniform() - 1) * 2];
      const oa = ruleOptimizer(ra, hyper);
      const ob = ruleOptimizer(rb, hyper);
      const gradAt = (p: readonly number[]): readonly number[] => objective.grad(p);
      let wa: readonly number[] = start;
      let wb: readonly number[] = start;
      let sa = oa.init(start);
      let sb = ob.init(start);
      for (let k = 1; k <= steps; k++) {
        const ua = oa.update(gradAt(wa), sa, wa, gradAt);
        const ub = ob.update(gradAt(wb), sb, wb, gradAt);
        sa = ua.state;
        sb = ub.state;
        wa = wa.map((x, i) => x + ua.step[i]);
        wb = wb.map((x, i) => x + ub.step[i]);
        if (!wa.every((x, i) => agree(x, wb[i], tol))) {
          return {
            equivalent: false,
            counterexample: { objective: objective.id, hyper, step: k, a: wa, b: wb },
          };
        }
        // Both diverged the same way: nothing more to compare on this surface.
        if (!wa.every(Number.isFinite)) break;
      }
    }
  }
  return { equivalent: true };
}

function asRule(x: string | UpdateRule, which: 'a' | 'b'): UpdateRule | RuleComparison {
  if (typeof x !== 'string') return x;
  const parsed = parseUpdateRule(x);
  return parsed.ok ? parsed.rule : { equivalent: false, error: { ...parsed.error, which } };
}
