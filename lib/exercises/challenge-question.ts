import { parseObjective } from '../expr';
import { powerOfTenParts, rounded } from '../plot/format';
import { applyOverrides } from './run-challenge';
import type { ExerciseOverrides, ParameterName, ParameterSpec } from './types';

const OPTIMIZER_LABEL: Record<string, string> = {
  gd: 'gradient descent',
  'heavy-ball': 'the heavy ball (momentum)',
  nesterov: 'Nesterov momentum',
  'ema-momentum': 'momentum in averaged form',
  adam: 'Adam',
  rmsprop: 'RMSProp',
};

/** An optimizer's name as a reader knows it ("the heavy ball (momentum)"). */
export function optimizerLabel(name: string): string {
  return OPTIMIZER_LABEL[name] ?? name;
}

/** A settable parameter as a reader knows it, beside its slider and in the teacher's key. */
export const PARAMETER_LABEL: Record<ParameterName, string> = {
  lr: 'α (step size)',
  beta: 'β (momentum)',
  x0: 'start x',
  y0: 'start y',
};

const SETS: Record<ParameterName, string> = {
  lr: '$\\alpha$',
  beta: '$\\beta$',
  x0: 'the start',
  y0: 'the start',
};

/**
 * A goal in KaTeX: 1e-4 as `10^{-4}`, 2.5e-4 as `2.5 \times 10^{-4}`, with the digits the goal
 * is written with everywhere else (six significant at most, as format.ts `levelENotation`).
 */
export function powerOfTenTex(x: number): string {
  const parts = powerOfTenParts(x, 6);
  if (!parts) return String(x);
  const power = `10^{${parts.exponent}}`;
  return parts.mantissa === '1' ? power : `${parts.mantissa} \\times ${power}`;
}

const showTex = (x: number) => rounded(x, 6);

/**
 * The question of a tuning challenge written from its settings as an assignment sets them
 * (surface, start, target, budget), with `$…$` math: "Set $\alpha$ so that gradient descent on
 * $f(x, y) = …$ from $(-3.5, 1.5)$ brings $f$ below $10^{-4}$ and keeps it there from some step
 * within 60 steps." An assignment that changes the settings shows this instead of the lesson's
 * prose, whose numbers would contradict them.
 */
export function challengeQuestion(base: ParameterSpec, overrides?: ExerciseOverrides): string {
  const spec = applyOverrides(base, overrides);
  const parsed = parseObjective(spec.objective);
  const surface = parsed.ok ? `$f(x, y) = ${parsed.tex}$` : `f(x, y) = ${spec.objective}`;
  const names = [...new Set(spec.set.map((name) => SETS[name]))];
  const what =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const start = `$(${showTex(spec.start[0])}, ${showTex(spec.start[1])})$`;
  const from = spec.set.includes('x0') || spec.set.includes('y0') ? '' : ` from ${start}`;
  const steps = `${spec.goal.steps} step${spec.goal.steps === 1 ? '' : 's'}`;
  const noise = (spec.noise ?? 0) > 0 ? ' (its gradients are noisy)' : '';
  return `Set ${what} so that ${optimizerLabel(spec.optimizer)} on ${surface}${noise}${from} brings $f$ below $${powerOfTenTex(spec.goal.loss)}$ and keeps it there from some step within ${steps}.`;
}
