import { z } from 'zod';
import { optimizerNames } from '../optim/optimizers/make';

/**
 * The vocabulary of exercises: what an author declares in MDX (a spec), what a learner answers,
 * and what an assignment may change. Every shape is a zod schema, so content, browser storage,
 * submission files and the grade CLI all validate against the same definition.
 */

/** Stable, explicit id: progress and grades are stored against it, so it never derives from position. */
export const exerciseIdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'must be lowercase letters, digits and dashes, starting with a letter or digit',
  );

/** Hyper-parameters and start coordinates a ParameterChallenge can let the learner set. */
export const PARAMETER_NAMES = ['lr', 'beta', 'x0', 'y0'] as const;
export const parameterNameSchema = z.enum(PARAMETER_NAMES);
export type ParameterName = z.infer<typeof parameterNameSchema>;

// zod 4 numbers already reject NaN and ±Infinity.
const finite = z.number();
/** A closed interval [lo, hi] with lo ≤ hi. */
const intervalSchema = z
  .tuple([finite, finite])
  .refine(([lo, hi]) => lo <= hi, 'must be [min, max] with min ≤ max');

/**
 * The picture a question refers to ("on the bowl above"): a surface and one run on it, drawn
 * beside the question wherever it appears outside its lesson (assignments, worksheets), where
 * the lesson's figure above it is not.
 */
export const exerciseFigureSchema = z
  .object({
    /** Objective formula in lib/expr syntax, e.g. `(x^2/20 + y^2)/2`. */
    objective: z.string().min(1).max(500),
    optimizer: z.enum(optimizerNames),
    lr: finite.positive(),
    beta: finite.nonnegative().lt(1).optional(),
    start: z.tuple([finite, finite]),
    steps: z.number().int().positive().max(2000),
  })
  .strict();
export type ExerciseFigure = z.infer<typeof exerciseFigureSchema>;

const baseFields = {
  id: exerciseIdSchema,
  /** Slug of the lesson the exercise lives in (file name without `NN-` and `.mdx`). */
  lesson: z.string().min(1),
  /** Short plain-text name (the `title` attribute, else the numeric `label`), for tables. */
  title: z.string().optional(),
  /** The question as plain text (TeX kept between `$`), for the teacher's guide and grade table. */
  prompt: z.string().optional(),
  /** Number of `<Hint>` elements, in escalation order. */
  hintCount: z.number().int().nonnegative(),
  /** Whether a `<Solution>` is written. */
  hasSolution: z.boolean(),
  /** "Predict before you look": the answer is asked before the figure is revealed. */
  predict: z.boolean().default(false),
  /** The figure the prompt refers to, for pages that show the exercise outside its lesson. */
  figure: exerciseFigureSchema.optional(),
};

/**
 * `<NumericAnswer>`: either `answer` (± `tolerance`, absolute) or `range` [lo, hi], not both.
 * Without `tolerance` the default is relative: 1e-3·|answer| (see `numericTolerance`); an
 * answer of 0 therefore needs an explicit tolerance, which the extractor enforces.
 */
export const numericSpecSchema = z
  .object({
    ...baseFields,
    kind: z.literal('numeric'),
    answer: finite.optional(),
    tolerance: finite.nonnegative().optional(),
    range: intervalSchema.optional(),
    /** Accessible name of the input box. */
    label: z.string().optional(),
  })
  .strict()
  .superRefine((spec, ctx) => {
    if (spec.answer === undefined && spec.range === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'needs answer={…} or range={[min, max]}',
        path: ['answer'],
      });
    }
    if (spec.answer !== undefined && spec.range !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'give either answer or range, not both',
        path: ['range'],
      });
    }
    if (spec.range !== undefined && spec.tolerance !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'tolerance applies to answer, not to range',
        path: ['tolerance'],
      });
    }
    if (spec.answer === 0 && spec.tolerance === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'an answer of 0 needs an explicit tolerance',
        path: ['tolerance'],
      });
    }
  });

/** One option of a `<ChoiceAnswer>`; `why` is the feedback shown when it is picked (content, not code). */
export const choiceOptionSchema = z
  .object({ id: exerciseIdSchema, text: z.string(), why: z.string().optional() })
  .strict();

/** `<ChoiceAnswer>`: `correct` lists Choice ids; without `multiple` exactly one is correct. */
export const choiceSpecSchema = z
  .object({
    ...baseFields,
    kind: z.literal('choice'),
    choices: z.array(choiceOptionSchema).min(2),
    correct: z.array(exerciseIdSchema).min(1),
    multiple: z.boolean().default(false),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const ids = spec.choices.map((c) => c.id);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate)
      ctx.addIssue({
        code: 'custom',
        message: `two Choices have id "${duplicate}"`,
        path: ['choices'],
      });
    for (const id of spec.correct) {
      if (!ids.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          message: `names "${id}", which is not a Choice (choices: ${ids.join(', ')})`,
          path: ['correct'],
        });
      }
    }
    if (!spec.multiple && spec.correct.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'lists several answers: add the `multiple` flag',
        path: ['correct'],
      });
    }
  });

/** What to reach: loss ≤ `loss` (f − f* when the minimum is known, else f) within `steps` steps. */
export const goalSchema = z
  .object({ loss: finite.positive(), steps: z.number().int().positive().max(100_000) })
  .strict();

/**
 * `<ParameterChallenge>`: the learner sets the parameters named in `set`, each inside its
 * `ranges` interval; the others come from `initial` (lr, beta) or `start` (x0, y0).
 */
export const parameterSpecSchema = z
  .object({
    ...baseFields,
    kind: z.literal('parameter'),
    /** Objective formula in lib/expr syntax, e.g. `(x^2 + 100 y^2)/2`. */
    objective: z.string().min(1),
    /** An optimizer name known to lib/optim `makeOptimizer`, e.g. 'gd', 'heavy-ball'. */
    optimizer: z.enum(optimizerNames, {
      error: (issue) =>
        `optimizer ${JSON.stringify(issue.input)} is unknown (known: ${optimizerNames.join(', ')})`,
    }),
    set: z.array(parameterNameSchema).min(1),
    initial: z.partialRecord(parameterNameSchema, finite).default({}),
    ranges: z.partialRecord(parameterNameSchema, intervalSchema),
    start: z.tuple([finite, finite]),
    goal: goalSchema,
    seed: z.number().int().optional(),
    noise: finite.nonnegative().optional(),
  })
  .strict()
  .superRefine((spec, ctx) => {
    for (const name of spec.set) {
      if (!spec.ranges[name]) {
        ctx.addIssue({
          code: 'custom',
          message: `ranges needs [min, max] for "${name}"`,
          path: ['ranges'],
        });
      }
    }
    if (!spec.set.includes('lr') && spec.initial.lr === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'lr is neither in set nor given in initial',
        path: ['initial'],
      });
    }
  });

/** `<FormulaAnswer>`: `form` is the MDX `kind` attribute ('objective' or 'rule'). */
export const formulaSpecSchema = z
  .object({
    ...baseFields,
    kind: z.literal('formula'),
    form: z.enum(['objective', 'rule']),
    expected: z.string().min(1),
    /** Accessible name of the input box. */
    label: z.string().optional(),
    /** Hyper-parameter values used when comparing update rules by their trajectories. */
    params: z.record(z.string(), finite).default({}),
  })
  .strict();

/** The optimizers a `<NetworkChallenge>` can train with, and what the learner may set. */
export const NETWORK_OPTIMIZERS = ['gd', 'heavy-ball', 'nesterov', 'adam'] as const;
export const networkParameterSchema = z.enum(['lr', 'beta']);

/**
 * `<NetworkChallenge>`: the learner sets α (and maybe β) for `optimizer`; the check trains the
 * course's digit classifier (lib/nn) with the fixed `seed` for `goal.epochs + margin` epochs and
 * passes iff test accuracy reaches `goal.accuracy` by epoch `goal.epochs` and stays there to the
 * end (lib/optim `settledAbove`): a lucky touch of the target does not count.
 */
export const networkSpecSchema = z
  .object({
    ...baseFields,
    kind: z.literal('network'),
    optimizer: z.enum(NETWORK_OPTIMIZERS),
    set: z.array(networkParameterSchema).min(1),
    initial: z.partialRecord(networkParameterSchema, finite).default({}),
    ranges: z.partialRecord(networkParameterSchema, intervalSchema),
    goal: z
      .object({
        accuracy: finite.gt(0).lt(1),
        epochs: z.number().int().positive().max(500),
      })
      .strict(),
    /** Epochs run past the budget to see that the accuracy stays (default: as many as the budget). */
    margin: z.number().int().nonnegative().max(500).optional(),
    /** Examples per step; 0 (the default) is the full batch. */
    batch: z.number().int().nonnegative().default(0),
    hidden: z.number().int().min(1).max(256).default(16),
    seed: z.number().int().default(1),
  })
  .strict()
  .superRefine((spec, ctx) => {
    for (const name of spec.set) {
      if (!spec.ranges[name])
        ctx.addIssue({
          code: 'custom',
          message: `ranges needs [min, max] for "${name}"`,
          path: ['ranges'],
        });
    }
    if (!spec.set.includes('lr') && spec.initial.lr === undefined)
      ctx.addIssue({
        code: 'custom',
        message: 'lr is neither in set nor given in initial',
        path: ['initial'],
      });
  });

/** Any exercise, discriminated on `kind`. */
export const exerciseSpecSchema = z.union([
  numericSpecSchema,
  choiceSpecSchema,
  parameterSpecSchema,
  formulaSpecSchema,
  networkSpecSchema,
]);

export type NumericSpec = z.infer<typeof numericSpecSchema>;
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;
export type ChoiceSpec = z.infer<typeof choiceSpecSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type ParameterSpec = z.infer<typeof parameterSpecSchema>;
export type FormulaSpec = z.infer<typeof formulaSpecSchema>;
export type NetworkSpec = z.infer<typeof networkSpecSchema>;
export type ExerciseSpec = NumericSpec | ChoiceSpec | ParameterSpec | FormulaSpec | NetworkSpec;
export type ExerciseKind = ExerciseSpec['kind'];

/**
 * The learner's answer to each kind of exercise. Each shape is flat and bounded (a choice list
 * of at most 50 ids, a formula of at most 2000 characters), so an answer read from storage or a
 * file can never be deep or huge enough to overflow the stack or fill memory.
 */
export const numericAnswerSchema = z.object({ value: z.number() }).strict();
export const choiceAnswerSchema = z
  .object({ selected: z.array(z.string().max(80)).max(50) })
  .strict();
export const parameterAnswerSchema = z
  .object({ values: z.partialRecord(parameterNameSchema, z.number()) })
  .strict();
export const formulaAnswerSchema = z.object({ source: z.string().max(2000) }).strict();

export type NumericAnswer = z.infer<typeof numericAnswerSchema>;
export type ChoiceAnswer = z.infer<typeof choiceAnswerSchema>;
export type ParameterAnswer = z.infer<typeof parameterAnswerSchema>;
export type FormulaAnswer = z.infer<typeof formulaAnswerSchema>;

/** Answer shape for each exercise kind. */
export interface AnswerOf {
  numeric: NumericAnswer;
  choice: ChoiceAnswer;
  parameter: ParameterAnswer;
  formula: FormulaAnswer;
  network: ParameterAnswer;
}
export type ExerciseAnswer = AnswerOf[ExerciseKind];

/** The answer schema for a kind: a stored or submitted answer is untrusted until it passes. */
export const answerSchemas = {
  numeric: numericAnswerSchema,
  choice: choiceAnswerSchema,
  parameter: parameterAnswerSchema,
  formula: formulaAnswerSchema,
  // A network challenge is answered like a parameter challenge: { values: { lr, beta } }.
  network: parameterAnswerSchema,
} as const;

/** What progress may hold as an answer: nothing yet, or an answer of one of the kinds. */
export const storedAnswerSchema = z.union([
  z.null(),
  numericAnswerSchema,
  choiceAnswerSchema,
  parameterAnswerSchema,
  formulaAnswerSchema,
]);

/**
 * What an assignment may change in a ParameterChallenge (other kinds ignore overrides):
 * a different objective, a stricter or looser goal, a noise level and its seed.
 */
export const exerciseOverridesSchema = z
  .object({
    objective: z.string().min(1).max(500).optional(),
    goal: z
      .object({
        loss: finite.positive().optional(),
        steps: z.number().int().positive().max(100_000).optional(),
      })
      .strict()
      .optional(),
    seed: z.number().int().optional(),
    noise: finite.nonnegative().optional(),
  })
  .strict();
export type ExerciseOverrides = z.infer<typeof exerciseOverridesSchema>;

/** Outcome of a parameter challenge's run, so the UI can say "loss 3.2e-4 after 60 steps". */
export interface RunDetail {
  /** Steps recorded (fewer than the budget when the run had provably settled early). */
  stepsTaken: number;
  /** The step from which the loss stays within the goal for good, or null (lib/optim `settledAt`). */
  settledAt?: number | null;
  /** The first step with the loss within the goal, settled or not (a lucky dip), or null. */
  firstDip?: number | null;
  /** Loss at the last step (f − f* when the minimum is known). */
  finalLoss: number;
  /** Why the run stopped, as reported by lib/optim `simulate` (e.g. 'converged', 'max-steps', 'diverged'). */
  status: string;
}

/** Which options a choice answer got wrong, so the UI can show their `why` text from the content. */
export interface ChoiceDetail {
  /** Selected but not correct. */
  wrong: string[];
  /** Correct but not selected. */
  missing: string[];
}

/** The verdict of `checkAnswer`: always a value, never a throw. */
export interface CheckResult {
  correct: boolean;
  /** Short feedback that is not content: "Not a number", "loss 3.2e-4 after 60 steps", a parse error. */
  message?: string;
  detail?: RunDetail | ChoiceDetail;
}
