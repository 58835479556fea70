import type { Objective } from '../types';
import { defineObjective } from './define';

/**
 * Rosenbrock's banana valley: f(x, y) = (a - x)^2 + b\,(y - x^2)^2.
 * Minimiser (a, a²), minimum 0. Defaults a = 1, b = 100.
 * Reference: H. H. Rosenbrock, "An automatic method for finding the greatest or least value of a
 * function", The Computer Journal, 1960.
 */
export function rosenbrock(options: { readonly a?: number; readonly b?: number } = {}): Objective {
  const a = options.a ?? 1;
  const b = options.b ?? 100;
  return defineObjective({
    id: 'rosenbrock',
    label: 'Rosenbrock valley',
    tex: `(${a} - x)^2 + ${b}\\,(y - x^2)^2`,
    dim: 2,
    fArray: (w) => {
      const u = a - w[0];
      const v = w[1] - w[0] * w[0];
      return u * u + b * v * v;
    },
    gradInto: (w, out) => {
      const x = w[0];
      const v = w[1] - x * x;
      out[0] = -2 * (a - x) - 4 * b * x * v;
      out[1] = 2 * b * v;
    },
    minimizer: [a, a * a],
    minimum: 0,
    view: { x: [-2, 2], y: [-1, 3] },
    start: [-1.2, 1],
  });
}

/**
 * Himmelblau's function: f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2, four global minima of
 * value 0: (3, 2), (−2.805118, 3.131312), (−3.779310, −3.283186), (3.584428, −1.848126).
 * Reference: D. M. Himmelblau, "Applied Nonlinear Programming", 1972.
 */
export function himmelblau(): Objective {
  const minimizers = [
    [3, 2],
    [-2.805118086952745, 3.131312518250573],
    [-3.779310253377747, -3.28318599128617],
    [3.584428340330492, -1.848126526964404],
  ];
  return defineObjective({
    id: 'himmelblau',
    label: 'Himmelblau (four minima)',
    tex: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    dim: 2,
    fArray: (w) => {
      const p = w[0] * w[0] + w[1] - 11;
      const q = w[0] + w[1] * w[1] - 7;
      return p * p + q * q;
    },
    gradInto: (w, out) => {
      const p = w[0] * w[0] + w[1] - 11;
      const q = w[0] + w[1] * w[1] - 7;
      out[0] = 4 * w[0] * p + 2 * q;
      out[1] = 2 * p + 4 * w[1] * q;
    },
    minimizer: minimizers[0],
    minimizers,
    minimum: 0,
    view: { x: [-5, 5], y: [-5, 5] },
    start: [0, 0],
  });
}

/** Booth's function: f(x, y) = (x + 2y - 7)^2 + (2x + y - 5)^2, minimiser (1, 3), minimum 0. */
export function booth(): Objective {
  return defineObjective({
    id: 'booth',
    label: 'Booth',
    tex: '(x + 2y - 7)^2 + (2x + y - 5)^2',
    dim: 2,
    fArray: (w) => {
      const p = w[0] + 2 * w[1] - 7;
      const q = 2 * w[0] + w[1] - 5;
      return p * p + q * q;
    },
    gradInto: (w, out) => {
      const p = w[0] + 2 * w[1] - 7;
      const q = 2 * w[0] + w[1] - 5;
      out[0] = 2 * p + 4 * q;
      out[1] = 4 * p + 2 * q;
    },
    minimizer: [1, 3],
    minimum: 0,
    view: { x: [-10, 10], y: [-10, 10] },
    start: [-8, -6],
  });
}

/**
 * Beale's function: f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2,
 * minimiser (3, 0.5), minimum 0; flat plateaus and sharp ridges.
 */
export function beale(): Objective {
  return defineObjective({
    id: 'beale',
    label: 'Beale',
    tex: '(1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2',
    dim: 2,
    fArray: (w) => {
      const x = w[0];
      const y = w[1];
      const p = 1.5 - x + x * y;
      const q = 2.25 - x + x * y * y;
      const r = 2.625 - x + x * y * y * y;
      return p * p + q * q + r * r;
    },
    gradInto: (w, out) => {
      const x = w[0];
      const y = w[1];
      const p = 1.5 - x + x * y;
      const q = 2.25 - x + x * y * y;
      const r = 2.625 - x + x * y * y * y;
      out[0] = 2 * p * (y - 1) + 2 * q * (y * y - 1) + 2 * r * (y * y * y - 1);
      out[1] = 2 * p * x + 4 * q * x * y + 6 * r * x * y * y;
    },
    minimizer: [3, 0.5],
    minimum: 0,
    view: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
    start: [1, 1.5],
  });
}

/**
 * A saddle between two wells: f(x, y) = \tfrac12 x^2 - \tfrac12 y^2 + \tfrac14 y^4.
 * The origin is a saddle point (curvatures 1 and −1); minimisers (0, ±1), minimum −¼. Started
 * on the ridge y = 0, gradient descent never leaves it; a tiny push (or noise) does.
 */
export function saddle(): Objective {
  return defineObjective({
    id: 'saddle',
    label: 'Saddle between two wells',
    tex: '\\tfrac12 x^2 - \\tfrac12 y^2 + \\tfrac14 y^4',
    dim: 2,
    fArray: (w) => {
      const y2 = w[1] * w[1];
      return 0.5 * w[0] * w[0] - 0.5 * y2 + 0.25 * y2 * y2;
    },
    gradInto: (w, out) => {
      out[0] = w[0];
      out[1] = -w[1] + w[1] * w[1] * w[1];
    },
    minimizer: [0, 1],
    minimizers: [
      [0, 1],
      [0, -1],
    ],
    minimum: -0.25,
    view: { x: [-2, 2], y: [-2, 2] },
    start: [-1.8, 0.05],
  });
}

/**
 * A narrow curved valley: f(x, y) = 0.05\,x^2 + 2\,(y - \sin x)^2.
 * Curvature 4 across the floor y = sin x and about 0.1 along it; minimiser (0, 0), minimum 0.
 */
export function narrowValley(): Objective {
  return defineObjective({
    id: 'narrow-valley',
    label: 'Narrow curved valley',
    tex: '0.05\\,x^2 + 2\\,(y - \\sin x)^2',
    dim: 2,
    fArray: (w) => {
      const v = w[1] - Math.sin(w[0]);
      return 0.05 * w[0] * w[0] + 2 * v * v;
    },
    gradInto: (w, out) => {
      const v = w[1] - Math.sin(w[0]);
      out[0] = 0.1 * w[0] - 4 * v * Math.cos(w[0]);
      out[1] = 4 * v;
    },
    minimizer: [0, 0],
    minimum: 0,
    view: { x: [-6, 6], y: [-3, 3] },
    start: [-5.5, 1.5],
  });
}
