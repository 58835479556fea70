import { z } from 'zod';
import { GD_STEP_MODES } from '@/lib/nn/race-view';
import {
  carFeatureSchema,
  emaSignalSchema,
  optimizerNameSchema,
  pageValueSchema,
  pointSchema,
  surfaceIdSchema,
} from './vocabulary';

/**
 * The props of every figure, editor and prose component a lesson uses, as zod schemas: the MDX
 * compile checks each tag against them, and each component's Props type is inferred from them
 * (components/mdx/lesson-props.ts), so the two cannot drift. Defaults live in the components.
 */

/** Caption under the figure and an id for deep links, shared by every figure. */
const figureFields = {
  caption: z.string().optional(),
  id: z.string().optional(),
};

/** The page values holding α and β (defaults 'alpha', 'beta') and fallbacks when undeclared. */
const stepSizeFields = {
  alpha: pageValueSchema.optional(),
  beta: pageValueSchema.optional(),
  defaultAlpha: z.number().optional(),
  defaultBeta: z.number().optional(),
};

/** Which surface a figure draws. */
export const objectivePropsSchema = z
  .object({
    /** Page value holding κ for the ill-conditioned bowl ½(x²/κ + y²). */
    kappa: pageValueSchema.optional(),
    /** Page value holding a formula f(x, y) typed by the learner. */
    formula: pageValueSchema.optional(),
    /** A fixed formula (an exercise's surface), when no page value is bound. */
    formulaSource: z.string().min(1).optional(),
    /** A built-in surface by id (e.g. 'rosenbrock'), when neither of the above is given. */
    surface: surfaceIdSchema.optional(),
    /** κ when no page value is bound (the gallery). */
    defaultKappa: z.number().positive().optional(),
  })
  .strict();

/** The props every figure that races optimizers on a surface shares. */
export const runSettingsPropsSchema = objectivePropsSchema
  .extend({
    /** Optimizers to race, by id: 'gd', 'heavy-ball', 'nesterov', 'ema-momentum', 'adam'. */
    runs: z.array(optimizerNameSchema).optional(),
    /** Page value holding a learner-typed update rule, drawn as an extra run. */
    rule: pageValueSchema.optional(),
    ...stepSizeFields,
    /** Page values for the step budget and the start point (defaults: steps, start). */
    steps: pageValueSchema.optional(),
    start: pageValueSchema.optional(),
    defaultSteps: z.number().int().nonnegative().optional(),
    /** Start point when no page value is bound (else the surface's suggested start). */
    defaultStart: pointSchema.optional(),
  })
  .strict();

export const contourTrajectoriesPropsSchema = runSettingsPropsSchema
  .extend({
    /** False for a fixed start (an exercise that does not let the learner move it). */
    startDraggable: z.boolean().optional(),
    /** Draw each run in its own panel instead of overlaid. */
    sideBySide: z.boolean().optional(),
    /** Draw the gradient and the step (velocity) arrows at the current epoch. */
    arrows: z.boolean().optional(),
    ...figureFields,
  })
  .strict();

export const lossCurvesPropsSchema = runSettingsPropsSchema
  .extend({
    /** The excess loss f(wᵏ) − f* the live text reports reaching (absolute). Default 1e-6. */
    level: z.number().positive().optional(),
    /** Start with the theoretical envelopes shown (quadratics only). Default true. */
    envelope: z.boolean().optional(),
    ...figureFields,
  })
  .strict();

export const axisComponentsPropsSchema = runSettingsPropsSchema.extend(figureFields).strict();

export const emaExplorerPropsSchema = z
  .object({
    /** Page value holding β (default 'beta'); `defaultBeta` when the page declares none. */
    beta: pageValueSchema.optional(),
    defaultBeta: z.number().optional(),
    /** The input sequence shown first; a menu lets the learner switch. */
    signal: emaSignalSchema.optional(),
    /** How many inputs g₁ … gₙ (default 40). */
    steps: z.number().int().positive().optional(),
    /** Start with bias correction (divide by 1 − βᵏ) switched on. */
    biasCorrection: z.boolean().optional(),
    ...figureFields,
  })
  .strict();

export const rateMapPropsSchema = z
  .object({
    /** Page value holding κ of the bowl ½(x²/κ + y²) (default 'kappa'); `defaultKappa` otherwise. */
    kappa: pageValueSchema.optional(),
    defaultKappa: z.number().positive().optional(),
    /** The marker reads and sets α and β. */
    ...stepSizeFields,
    /** Page value holding the start point of the simulated run the sentence quotes (default 'start'). */
    start: pageValueSchema.optional(),
    defaultStart: pointSchema.optional(),
    ...figureFields,
  })
  .strict();

export const betaSweepPropsSchema = objectivePropsSchema
  .extend({
    ...stepSizeFields,
    /** Page value holding the start point (default 'start'). */
    start: pageValueSchema.optional(),
    /**
     * Relative tolerance ε: a run has arrived when f(wᵏ) − f* ≤ ε (f(w⁰) − f*) (for a surface with
     * unknown minimum: ‖∇f(wᵏ)‖ ≤ ε ‖∇f(w⁰)‖). Default 1e-6.
     */
    tol: z.number().positive().optional(),
    /** Step budget per run; slower runs are drawn at the top as "not reached". Default 500. */
    maxSteps: z.number().int().positive().optional(),
    /** β values sampled evenly over [0, 0.99]. Default 100 (the β slider's grid). */
    samples: z.number().int().min(2).optional(),
    ...figureFields,
  })
  .strict();

export const trainingRacePropsSchema = z
  .object({
    /** The shared step size α and momentum β. */
    ...stepSizeFields,
    /** Car columns predicting miles per gallon (default Horsepower and Weight_in_lbs). */
    features: z.array(carFeatureSchema).min(1).optional(),
    /** Standardize the features: a page value name (non-zero = yes) or a fixed starting choice. */
    standardize: z.union([pageValueSchema, z.boolean()]).optional(),
    /** Examples per step: a page value name or a number; default the whole data set. */
    batchSize: z.union([pageValueSchema, z.number().int().nonnegative()]).optional(),
    /** Epochs to train (default 150). */
    epochs: z.number().int().positive().optional(),
    /** Race Nesterov's look-ahead momentum too (a checkbox toggles it). */
    nesterov: z.boolean().optional(),
    /**
     * Each racer at its own tuned step (closed forms from the Hessian) instead of a shared α: a
     * page value name (non-zero = tuned) or a fixed starting choice. Default false. A shared-α
     * race also runs gradient descent at momentum's effective step α/(1 − β).
     */
    tuned: z.union([pageValueSchema, z.boolean()]).optional(),
    /** "Close enough": within this fraction of the best possible loss (default 0.01 = 1%). */
    tolerance: z.number().positive().optional(),
    /** Seed of the minibatch shuffles (the first of `seeds` consecutive ones). */
    seed: z.number().int().optional(),
    /** Minibatch races run this many seeds; the sentence gives their mean and range. Default 1. */
    seeds: z.number().int().positive().optional(),
    /** Minibatch settle measure: the moving average over this many epochs. Default 1 (none). */
    window: z.number().int().positive().optional(),
    ...figureFields,
  })
  .strict();

export const networkRacePropsSchema = z
  .object({
    /** Page values for momentum's step α and momentum β (defaults 'alpha', 'beta'). */
    alpha: pageValueSchema.optional(),
    beta: pageValueSchema.optional(),
    /** Gradient descent's step at the start: its own tuned one, or momentum's effective α/(1 − β). */
    gdStep: z.enum(GD_STEP_MODES).optional(),
    /** Examples per step at the start: 0 (the full batch, the default), 256 or 32. */
    batch: z.union([z.literal(0), z.literal(256), z.literal(32)]).optional(),
    /** Hidden units (default 16). */
    hidden: z.number().int().min(1).max(256).optional(),
    /** Seed of the initial weights and the minibatch shuffles (default 1). */
    seed: z.number().int().optional(),
    ...figureFields,
  })
  .strict();

/** `<Num name="alpha" />`: a page value's current number, inline in the prose. */
export const numPropsSchema = z.object({ name: pageValueSchema }).strict();

/** `<EquationInput name="objective" />`: an input bound to a formula page value. */
export const equationInputPropsSchema = z
  .object({ name: pageValueSchema, label: z.string().optional() })
  .strict();

/** `<UpdateRuleEditor name="rule" />`: an editor bound to an update-rule page value. */
export const updateRuleEditorPropsSchema = z.object({ name: pageValueSchema }).strict();

/** `<Callout title="…">…</Callout>`: an aside. */
export const calloutPropsSchema = z.object({ title: z.string().optional() }).strict();
