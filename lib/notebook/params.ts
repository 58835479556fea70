import { z } from 'zod';

/**
 * The named values a lesson declares in its frontmatter (`params:`). Inline numbers, equation
 * inputs and every widget on the page read and write them by name.
 */
const numberParam = z
  .object({
    kind: z.literal('number').default('number'),
    value: z.number(),
    min: z.number(),
    max: z.number(),
    step: z.number().positive(),
    label: z.string().min(1),
    /** How to print it, e.g. 3 digits after the point. */
    digits: z.number().int().min(0).max(8).optional(),
    scale: z.enum(['linear', 'log']).default('linear'),
  })
  .strict()
  .refine((p) => p.min < p.max && p.value >= p.min && p.value <= p.max, {
    message: 'needs min < max and min ≤ value ≤ max',
  });

const textParam = z
  .object({ kind: z.enum(['formula', 'rule']), value: z.string().min(1), label: z.string().min(1) })
  .strict();

const pointParam = z
  .object({
    kind: z.literal('point').default('point'),
    value: z.tuple([z.number(), z.number()]),
    label: z.string().min(1),
  })
  .strict();

export const paramSpecSchema = z.union([textParam, pointParam, numberParam]);
export const paramSpecsSchema = z.record(
  z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  paramSpecSchema,
);

export type ParamSpec = z.infer<typeof paramSpecSchema>;
export type NumberParamSpec = Extract<ParamSpec, { kind: 'number' }>;
export type ParamSpecs = Record<string, ParamSpec>;
export type ParamValue = number | string | readonly [number, number];
export type ParamValues = Record<string, ParamValue>;

/** The lesson's defaults, the state "Reset" returns to. */
export function defaultValues(specs: ParamSpecs): ParamValues {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.value]));
}

/** Clamps to the declared range and snaps to the declared step (so typed values stay tidy). */
export function clampNumber(spec: NumberParamSpec, value: number): number {
  if (!Number.isFinite(value)) return spec.value;
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  const snapped = spec.min + Math.round((clamped - spec.min) / spec.step) * spec.step;
  // Snapping can land a hair outside the range through rounding; keep the bound then.
  const bounded = Math.min(spec.max, Math.max(spec.min, snapped));
  return Number(bounded.toPrecision(12));
}

/** Digits to show for a number parameter: declared, else enough to resolve one step. */
export function digitsFor(spec: NumberParamSpec): number {
  if (spec.digits !== undefined) return spec.digits;
  return Math.max(0, Math.min(6, Math.ceil(-Math.log10(spec.step) - 1e-9)));
}

/** `0.02` with α's declared digits → "0.020"; used by inline numbers and aria-valuetext. */
export function formatParam(spec: NumberParamSpec, value: number): string {
  return formatValue(value, digitsFor(spec));
}

/**
 * `value` with `digits` decimals, or with more (up to 6) when `digits` would print another
 * number: a label shows the value a control really holds, never "1.00" for 1.005. Float noise
 * (0.1 + 0.2) is not "another number".
 */
export function formatValue(value: number, digits: number): string {
  const tolerance = 1e-9 * Math.max(1, Math.abs(value));
  for (let d = digits; d < 6; d++) {
    const text = value.toFixed(d);
    if (Math.abs(Number(text) - value) <= tolerance) return text;
  }
  return value.toFixed(Math.max(digits, 6));
}
