import { z } from 'zod';
import {
  choiceOptionSchema,
  choiceSpecSchema,
  formulaSpecSchema,
  networkSpecSchema,
  numericSpecSchema,
  parameterSpecSchema,
} from './types';

/**
 * The attributes each exercise component takes in MDX, as zod schemas built from the fields of
 * the exercise specs they become (./types.ts), so an attribute and its spec field cannot drift.
 * Cross-field rules (answer or range, a range for every settable parameter, …) are the spec's
 * and are checked when the spec is built (./spec-from-props.ts).
 */
const numeric = numericSpecSchema.shape;
const choice = choiceSpecSchema.shape;
const parameter = parameterSpecSchema.shape;
const formula = formulaSpecSchema.shape;
const network = networkSpecSchema.shape;

export const numericAnswerPropsSchema = z
  .object({
    id: numeric.id,
    answer: numeric.answer,
    tolerance: numeric.tolerance,
    range: numeric.range,
    label: numeric.label,
    title: numeric.title,
    predict: numeric.predict,
    figure: numeric.figure,
  })
  .strict();

export const choiceAnswerPropsSchema = z
  .object({
    id: choice.id,
    correct: choice.correct,
    multiple: choice.multiple,
    predict: choice.predict,
    title: choice.title,
    figure: choice.figure,
  })
  .strict();

/** `<Choice>` inside a ChoiceAnswer: its id and the feedback shown when it is picked. */
export const choicePropsSchema = z
  .object({ id: choiceOptionSchema.shape.id, why: choiceOptionSchema.shape.why })
  .strict();

export const parameterChallengePropsSchema = z
  .object({
    id: parameter.id,
    objective: parameter.objective,
    optimizer: parameter.optimizer,
    set: parameter.set,
    initial: parameter.initial,
    ranges: parameter.ranges,
    start: parameter.start,
    goal: parameter.goal,
    seed: parameter.seed,
    noise: parameter.noise,
    title: parameter.title,
    predict: parameter.predict,
  })
  .strict();

/** `kind` in MDX is the spec's `form` ('objective' or 'rule'). */
export const formulaAnswerPropsSchema = z
  .object({
    id: formula.id,
    kind: formula.form,
    expected: formula.expected,
    params: formula.params,
    label: formula.label,
    title: formula.title,
    predict: formula.predict,
  })
  .strict();

export const networkChallengePropsSchema = z
  .object({
    id: network.id,
    optimizer: network.optimizer,
    set: network.set,
    initial: network.initial,
    ranges: network.ranges,
    goal: network.goal,
    margin: network.margin,
    batch: network.batch,
    hidden: network.hidden,
    seed: network.seed,
    title: network.title,
    predict: network.predict,
  })
  .strict();

/** Hints, Hint and Solution take no attributes: only content. */
export const contentOnlyPropsSchema = z.object({}).strict();
