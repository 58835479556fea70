/**
 * Benchmark sections for lib/expr: a typed formula sampled for a contour plot the way the pages
 * do it, compiled to closures (ours) beside a tree-walking interpreter of the same folded syntax
 * tree (baseline); the symbolic gradient; a long product's gradient; refusing hostile input.
 */
import {
  OBJECTIVE_DIALECT,
  differentiate,
  fold,
  parseExpression,
  parseObjective,
  parseUpdateRule,
  type Node,
} from '../../lib/expr';
import { REFUSED_INPUTS } from '../../lib/expr/fixtures/hostile-corpus';
import { contourGrid } from '../../lib/plot/contour';
import type { Objective } from '../../lib/optim';
import { benchSection, type BenchSection } from './harness';

const SOURCE = '(x^2 + 10 y^2)/2 + sin(x)';
const N = 200;

const parsed = parseObjective(SOURCE);
if (!parsed.ok) throw new Error(parsed.error.message);
const objective = parsed.objective;
const tree = fold(parseExpression(SOURCE, OBJECTIVE_DIALECT));
const dx = differentiate(tree, 'x');
const dy = differentiate(tree, 'y');

const axis = Float64Array.from({ length: N }, (_, i) => -3 + (6 * i) / (N - 1));
const gradGrid = new Float64Array(2 * N * N);

// The baseline: what a straightforward evaluator does, a switch over node kinds per visit.
function interpret(node: Node, x: number, y: number): number {
  switch (node.kind) {
    case 'num':
      return node.value;
    case 'var':
      return node.name === 'x' ? x : y;
    case 'neg':
      return -interpret(node.arg, x, y);
    case 'binary': {
      const a = interpret(node.left, x, y);
      const b = interpret(node.right, x, y);
      switch (node.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return a / b;
        case '^':
          return Math.pow(a, b);
      }
      return NaN;
    }
    case 'call': {
      // No argument array for one-argument functions, so the baseline is not handicapped.
      const u = interpret(node.args[0], x, y);
      switch (node.fn) {
        case 'sin':
          return Math.sin(u);
        case 'cos':
          return Math.cos(u);
        case 'exp':
          return Math.exp(u);
        case 'log':
          return Math.log(u);
        case 'sqrt':
          return Math.sqrt(u);
        case 'max':
          return Math.max(u, ...node.args.slice(1).map((n) => interpret(n, x, y)));
        case 'min':
          return Math.min(u, ...node.args.slice(1).map((n) => interpret(n, x, y)));
      }
      return NaN;
    }
    case 'pick':
      return NaN;
  }
}

// The figures sample a formula through `contourGrid` (lib/plot/contour.ts) on its default 81×81
// grid, calling `f` once per point; the baseline is the same call with f interpreted.
const CONTOUR_N = contourGrid(objective, { x: [0, 1], y: [0, 1] }).x.length;
const VIEW = { x: [-3, 3], y: [-3, 3] } as const;
const interpretedObjective: Objective = {
  ...objective,
  f: (w) => interpret(tree, w[0], w[1]),
};

const point = new Float64Array(2);
const out = new Float64Array(2);
function compiledGradGrid(): Float64Array {
  for (let j = 0; j < N; j++) {
    point[1] = axis[j];
    for (let i = 0; i < N; i++) {
      point[0] = axis[i];
      objective.gradInto(point, out);
      gradGrid[2 * (j * N + i)] = out[0];
      gradGrid[2 * (j * N + i) + 1] = out[1];
    }
  }
  return gradGrid;
}
function interpretedGradGrid(): Float64Array {
  for (let j = 0; j < N; j++) {
    for (let i = 0; i < N; i++) {
      gradGrid[2 * (j * N + i)] = interpret(dx, axis[i], axis[j]);
      gradGrid[2 * (j * N + i) + 1] = interpret(dy, axis[i], axis[j]);
    }
  }
  return gradGrid;
}

// A product of 250 factors: its derivative has 250 terms of 249 factors each, which only shared
// subtrees keep linear (about 20 µs a call; 600 µs without them).
const PRODUCT = 'x*'.repeat(249) + 'x';
const product = parseObjective(PRODUCT);
if (!product.ok) throw new Error(product.error.message);
const productTree = fold(parseExpression(PRODUCT, OBJECTIVE_DIALECT));
const productDx = differentiate(productTree, 'x');
const productAt = new Float64Array([1.001, 0]);

// Refusing every input of the hostile corpus (deep nesting, a million characters, …) as a
// formula and as the right-hand side of a rule; the baseline is one pass over the same
// characters, the least any parser must do.
function refuseCorpus(): number {
  let refused = 0;
  for (const [source] of REFUSED_INPUTS) {
    if (!parseObjective(source).ok) refused++;
    if (!parseUpdateRule(`w = ${source}`).ok) refused++;
  }
  return refused;
}
function scanCorpus(): number {
  let sum = 0;
  for (const [source] of REFUSED_INPUTS) {
    for (let i = 0; i < source.length; i++) sum += source.charCodeAt(i);
    for (let i = 0; i < source.length + 4; i++) sum += i;
  }
  return sum;
}

/** Formula sections: the pages' contour sampling, gradients, and refusing hostile input. */
export const exprSections: readonly BenchSection[] = [
  benchSection(
    `expr: contour grid of f = ${SOURCE}, ${CONTOUR_N}x${CONTOUR_N} via contourGrid as the figures sample it (closures vs interpreter)`,
    () => contourGrid(objective, VIEW),
    () => contourGrid(interpretedObjective, VIEW),
    2,
  ),
  benchSection(
    `expr: symbolic gradient of f on a ${N}x${N} grid (closures vs interpreter)`,
    compiledGradGrid,
    interpretedGradGrid,
    2,
  ),
  benchSection(
    'expr: gradient of a 250-factor product (shared subtrees vs interpreting the derivative)',
    () => product.objective.gradInto(productAt, out),
    () => interpret(productDx, productAt[0], productAt[1]),
    0.05,
  ),
  benchSection(
    `expr: refuse all ${REFUSED_INPUTS.length} hostile inputs, as formula and as rule (vs one scan of their text)`,
    refuseCorpus,
    scanCorpus,
    50,
  ),
];
