/**
 * Benchmark sections for lib/expr: a typed formula evaluated over a contour grid, compiled to
 * closures (ours) beside a tree-walking interpreter of the same folded syntax tree (baseline).
 */
import {
  OBJECTIVE_DIALECT,
  differentiate,
  fold,
  parseExpression,
  parseObjective,
  type Node,
} from '../../lib/expr';
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
const grid = new Float64Array(N * N);
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

function interpretedGrid(): Float64Array {
  for (let j = 0; j < N; j++)
    for (let i = 0; i < N; i++) grid[j * N + i] = interpret(tree, axis[i], axis[j]);
  return grid;
}

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

/** f and ∇f of a typed formula on a 200×200 grid: compiled closures vs a tree-walking interpreter. */
export const exprSections: readonly BenchSection[] = [
  benchSection(
    `expr: f = ${SOURCE} on a ${N}x${N} grid (closures vs interpreter)`,
    () => objective.evalGrid(axis, axis, grid),
    interpretedGrid,
    1,
  ),
  benchSection(
    `expr: symbolic gradient of f on a ${N}x${N} grid (closures vs interpreter)`,
    compiledGradGrid,
    interpretedGradGrid,
    2,
  ),
];
