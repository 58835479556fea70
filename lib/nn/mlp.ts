import { gaussian, portableLog } from './optim';
import type { DigitSplit } from './digits';
import { portableExp, portableTanh } from './portable-math';

/**
 * A multilayer perceptron with one hidden layer, all of its parameters in one flat vector so the
 * optimizers of lib/optim train it exactly as they train a two-dimensional bowl:
 *
 *   h = φ(W₁ᵀx + b₁),   z = W₂ᵀh + b₂,   p = softmax(z),   ℓ(x, y) = −log p_y,
 *
 * with φ = ReLU (default) or tanh, and the loss of a set of examples their mean ℓ. The flat
 * vector holds W₁ (inputs × hidden, one row per input pixel), b₁, W₂ (hidden × outputs), b₂.
 * Nothing here allocates per step: every call writes into a caller-owned {@link Workspace}.
 */
export interface NetworkShape {
  readonly inputs: number;
  readonly hidden: number;
  readonly outputs: number;
  readonly activation: 'relu' | 'tanh';
}

/** Where each block lives in the flat parameter vector. */
export interface ParameterLayout {
  readonly w1: number;
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
  readonly size: number;
}

export function parameterLayout(shape: NetworkShape): ParameterLayout {
  const w1 = 0;
  const b1 = w1 + shape.inputs * shape.hidden;
  const w2 = b1 + shape.hidden;
  const b2 = w2 + shape.hidden * shape.outputs;
  return { w1, b1, w2, b2, size: b2 + shape.outputs };
}

/** Checks a shape a learner or an author chose; throws a RangeError that says what is wrong. */
export function validateShape(shape: NetworkShape): void {
  for (const key of ['inputs', 'hidden', 'outputs'] as const) {
    const v = shape[key];
    if (!Number.isInteger(v) || v < 1 || v > 4096)
      throw new RangeError(`${key} must be a whole number from 1 to 4096, got ${v}`);
  }
  if (shape.activation !== 'relu' && shape.activation !== 'tanh')
    throw new RangeError(`activation must be 'relu' or 'tanh', got ${String(shape.activation)}`);
}

/**
 * Seeded starting parameters: weights drawn from N(0, s²/fan-in) with s² = 2 for ReLU (He et
 * al., 2015) and 1 for tanh (LeCun et al., 1998), biases 0. Same seed, same bits everywhere
 * (the Gaussians come from lib/optim's portable generator).
 */
export function initialParameters(shape: NetworkShape, seed: number): Float64Array {
  validateShape(shape);
  const layout = parameterLayout(shape);
  const params = new Float64Array(layout.size);
  const normal = gaussian(seed);
  const gain = shape.activation === 'relu' ? 2 : 1;
  const s1 = Math.sqrt(gain / shape.inputs);
  const s2 = Math.sqrt(gain / shape.hidden);
  for (let i = layout.w1; i < layout.b1; i++) params[i] = s1 * normal();
  for (let i = layout.w2; i < layout.b2; i++) params[i] = s2 * normal();
  return params;
}

/** Scratch buffers for one example at a time, sized once for a shape. */
export interface Workspace {
  readonly h: Float64Array;
  readonly dh: Float64Array;
  readonly z: Float64Array;
}

export function createWorkspace(shape: NetworkShape): Workspace {
  return {
    h: new Float64Array(shape.hidden),
    dh: new Float64Array(shape.hidden),
    z: new Float64Array(shape.outputs),
  };
}

/** h = φ(W₁ᵀx + b₁) for example i of the split, visiting only its inked pixels. */
function hiddenLayer(
  shape: NetworkShape,
  layout: ParameterLayout,
  params: ArrayLike<number>,
  data: DigitSplit,
  i: number,
  h: Float64Array,
): void {
  const H = shape.hidden;
  for (let j = 0; j < H; j++) h[j] = params[layout.b1 + j];
  for (let k = data.rowStart[i]; k < data.rowStart[i + 1]; k++) {
    const row = layout.w1 + data.index[k] * H;
    const x = data.value[k];
    for (let j = 0; j < H; j++) h[j] += x * params[row + j];
  }
  if (shape.activation === 'relu') {
    for (let j = 0; j < H; j++) if (h[j] < 0) h[j] = 0;
  } else {
    for (let j = 0; j < H; j++) h[j] = portableTanh(h[j]);
  }
}

/** z = W₂ᵀh + b₂. */
function outputLayer(
  shape: NetworkShape,
  layout: ParameterLayout,
  params: ArrayLike<number>,
  h: Float64Array,
  z: Float64Array,
): void {
  const C = shape.outputs;
  for (let c = 0; c < C; c++) z[c] = params[layout.b2 + c];
  for (let j = 0; j < shape.hidden; j++) {
    const hj = h[j];
    if (hj === 0) continue;
    const row = layout.w2 + j * C;
    for (let c = 0; c < C; c++) z[c] += hj * params[row + c];
  }
}

/**
 * Turns logits z into probabilities in place, z ← softmax(z) (shifted by max z so nothing
 * overflows), and returns the cross-entropy −log p_label = log Σ e^{z_c − m} − (z_label − m).
 */
function softmaxCrossEntropy(z: Float64Array, label: number): number {
  let m = z[0];
  for (let c = 1; c < z.length; c++) if (z[c] > m) m = z[c];
  const shifted = z[label] - m;
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    const e = portableExp(z[c] - m);
    z[c] = e;
    sum += e;
  }
  for (let c = 0; c < z.length; c++) z[c] /= sum;
  return portableLog(sum) - shifted;
}

function argmax(z: Float64Array): number {
  let best = 0;
  for (let c = 1; c < z.length; c++) if (z[c] > z[best]) best = c;
  return best;
}

/**
 * The mean loss of the examples order[from … to) and, written into `grad`, its gradient:
 *
 *   ∂ℓ/∂z = p − e_y,   ∂ℓ/∂W₂ = h (p − e_y)ᵀ,   ∂ℓ/∂h = W₂ (p − e_y),
 *   ∂ℓ/∂a = ∂ℓ/∂h ⊙ φ′(a),   ∂ℓ/∂W₁ = x (∂ℓ/∂a)ᵀ,   ∂ℓ/∂b₁ = ∂ℓ/∂a,
 *
 * averaged over the examples (φ′ = 1[a > 0] for ReLU, 1 − h² for tanh). The sums run in the
 * order given, so the same batch gives the same bits.
 */
export function lossAndGradient(
  shape: NetworkShape,
  params: ArrayLike<number>,
  data: DigitSplit,
  order: ArrayLike<number>,
  from: number,
  to: number,
  grad: Float64Array,
  ws: Workspace,
): number {
  const layout = parameterLayout(shape);
  const H = shape.hidden;
  const C = shape.outputs;
  const { h, dh, z } = ws;
  grad.fill(0);
  let loss = 0;
  for (let t = from; t < to; t++) {
    const i = order[t];
    hiddenLayer(shape, layout, params, data, i, h);
    outputLayer(shape, layout, params, h, z);
    const label = data.labels[i];
    loss += softmaxCrossEntropy(z, label);
    z[label] -= 1; // z now holds ∂ℓ/∂z = p − e_y
    for (let c = 0; c < C; c++) grad[layout.b2 + c] += z[c];
    for (let j = 0; j < H; j++) {
      const row = layout.w2 + j * C;
      const hj = h[j];
      // A silent ReLU unit passes nothing back and adds only zeros to its row of ∂ℓ/∂W₂.
      if (hj === 0 && shape.activation === 'relu') {
        dh[j] = 0;
        continue;
      }
      let back = 0;
      for (let c = 0; c < C; c++) {
        grad[row + c] += hj * z[c];
        back += params[row + c] * z[c];
      }
      dh[j] = shape.activation === 'relu' ? (hj > 0 ? back : 0) : back * (1 - hj * hj);
    }
    for (let j = 0; j < H; j++) grad[layout.b1 + j] += dh[j];
    for (let k = data.rowStart[i]; k < data.rowStart[i + 1]; k++) {
      const row = layout.w1 + data.index[k] * H;
      const x = data.value[k];
      for (let j = 0; j < H; j++) grad[row + j] += x * dh[j];
    }
  }
  const count = to - from;
  if (count > 0) {
    const scale = 1 / count;
    for (let p = 0; p < grad.length; p++) grad[p] *= scale;
  }
  return count > 0 ? loss / count : 0;
}

/** Mean loss and the fraction classified correctly, over a whole split. */
export interface Evaluation {
  readonly loss: number;
  readonly accuracy: number;
}

/** Evaluates the network on every example of `data` (forward passes only). */
export function evaluate(
  shape: NetworkShape,
  params: ArrayLike<number>,
  data: DigitSplit,
  ws: Workspace,
): Evaluation {
  const layout = parameterLayout(shape);
  let loss = 0;
  let correct = 0;
  for (let i = 0; i < data.n; i++) {
    hiddenLayer(shape, layout, params, data, i, ws.h);
    outputLayer(shape, layout, params, ws.h, ws.z);
    const label = data.labels[i];
    if (argmax(ws.z) === label) correct++;
    loss += softmaxCrossEntropy(ws.z, label);
  }
  return { loss: data.n > 0 ? loss / data.n : 0, accuracy: data.n > 0 ? correct / data.n : 0 };
}

/** The predicted digit for each of the given examples. */
export function predict(
  shape: NetworkShape,
  params: ArrayLike<number>,
  data: DigitSplit,
  examples: readonly number[],
  ws: Workspace,
): number[] {
  const layout = parameterLayout(shape);
  return examples.map((i) => {
    hiddenLayer(shape, layout, params, data, i, ws.h);
    outputLayer(shape, layout, params, ws.h, ws.z);
    return argmax(ws.z);
  });
}
