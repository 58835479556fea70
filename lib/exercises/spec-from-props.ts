import type { z } from 'zod';
import type { LiteralValue } from './literal';
import {
  choiceAnswerPropsSchema,
  choicePropsSchema,
  formulaAnswerPropsSchema,
  networkChallengePropsSchema,
  numericAnswerPropsSchema,
  parameterChallengePropsSchema,
} from './props';
import {
  choiceSpecSchema,
  formulaSpecSchema,
  networkSpecSchema,
  numericSpecSchema,
  parameterSpecSchema,
  type ChoiceOption,
  type ExerciseSpec,
} from './types';

/**
 * The MDX exercise components, the spec kind each becomes and the attributes it accepts (the
 * keys of its props schema in ./props.ts). `FormulaAnswer`'s `kind` attribute becomes the
 * spec's `form`.
 */
export const EXERCISE_COMPONENTS = {
  NumericAnswer: { kind: 'numeric', attributes: attributesOf(numericAnswerPropsSchema) },
  ChoiceAnswer: { kind: 'choice', attributes: attributesOf(choiceAnswerPropsSchema) },
  ParameterChallenge: {
    kind: 'parameter',
    attributes: attributesOf(parameterChallengePropsSchema),
  },
  FormulaAnswer: { kind: 'formula', attributes: attributesOf(formulaAnswerPropsSchema) },
  NetworkChallenge: { kind: 'network', attributes: attributesOf(networkChallengePropsSchema) },
} as const;

function attributesOf(schema: z.ZodObject): readonly string[] {
  return Object.keys(schema.shape);
}

export type ExerciseComponent = keyof typeof EXERCISE_COMPONENTS;

/** Attributes of `<Choice>` inside a ChoiceAnswer. */
export const CHOICE_ATTRIBUTES = attributesOf(choicePropsSchema);

/** Children elements an exercise may contain, besides prose. */
export const EXERCISE_CHILDREN = ['Hints', 'Hint', 'Solution', 'Choice'] as const;

/** What the exercise's children tell, beyond its attributes. */
export interface SpecContext {
  lesson: string;
  hintCount: number;
  hasSolution: boolean;
  prompt?: string;
  /** The `<Choice>` options, for a ChoiceAnswer. */
  choices?: ChoiceOption[];
  /** Attributes whose problems are already reported (issues about them are dropped). */
  ignoreFields?: readonly string[];
}

export type SpecResult = { ok: true; spec: ExerciseSpec } | { ok: false; problems: string[] };

const SCHEMAS = {
  numeric: numericSpecSchema,
  choice: choiceSpecSchema,
  parameter: parameterSpecSchema,
  formula: formulaSpecSchema,
  network: networkSpecSchema,
} as const;

/**
 * Builds and validates an exercise spec from a component's props (as MDX passes them) and
 * what its children hold. Shared by the extractor and by any code that has the props in hand.
 */
export function specFromProps(
  component: ExerciseComponent,
  props: Record<string, LiteralValue | undefined>,
  context: SpecContext,
): SpecResult {
  const { kind } = EXERCISE_COMPONENTS[component];
  const fields: Record<string, unknown> = { ...props };
  if (kind === 'formula') {
    fields.form = fields.kind;
    delete fields.kind;
  }
  if (kind === 'choice') fields.choices = context.choices ?? [];
  const candidate = {
    ...fields,
    kind,
    lesson: context.lesson,
    hintCount: context.hintCount,
    hasSolution: context.hasSolution,
    ...(context.prompt ? { prompt: context.prompt } : {}),
  };
  const parsed = (SCHEMAS[kind] as z.ZodType<ExerciseSpec>).safeParse(candidate, {
    reportInput: true,
  });
  if (parsed.success) return { ok: true, spec: parsed.data };
  const ignored = new Set(context.ignoreFields ?? []);
  const issues = parsed.error.issues.filter((issue) => !ignored.has(String(issue.path[0])));
  // Every issue may concern an already-reported attribute: still a failure, with nothing new to say.
  return { ok: false, problems: issues.map((issue) => describeIssue(issue, kind)) };
}

function describeIssue(issue: z.core.$ZodIssue, kind: string): string {
  const path = issue.path.map(String);
  const field = kind === 'formula' && path[0] === 'form' ? ['kind', ...path.slice(1)] : path;
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `${field.join('.')} is required`;
  return field.length ? `${field.join('.')}: ${issue.message}` : issue.message;
}
