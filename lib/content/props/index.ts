import type { z } from 'zod';
import {
  choiceAnswerPropsSchema,
  choicePropsSchema,
  contentOnlyPropsSchema,
  formulaAnswerPropsSchema,
  networkChallengePropsSchema,
  numericAnswerPropsSchema,
  parameterChallengePropsSchema,
} from '@/lib/exercises/props';
import {
  axisComponentsPropsSchema,
  betaSweepPropsSchema,
  calloutPropsSchema,
  contourTrajectoriesPropsSchema,
  emaExplorerPropsSchema,
  equationInputPropsSchema,
  lossCurvesPropsSchema,
  networkRacePropsSchema,
  numPropsSchema,
  rateMapPropsSchema,
  trainingRacePropsSchema,
  updateRuleEditorPropsSchema,
} from './widgets';

/** What the compile step knows of a component a lesson may use. */
export interface LessonComponentSpec {
  /** Its props (the tag's attributes), checked at build time. */
  readonly props: z.ZodObject;
  /** Phrasing content: may sit inside a sentence (else it needs its own paragraph). */
  readonly inline: boolean;
  /** Takes MDX content between its tags (else the tag must be empty). */
  readonly content: boolean;
}

const figure = <P extends z.ZodObject>(props: P) =>
  ({ props, inline: false, content: false }) as const;
const block = <P extends z.ZodObject>(props: P) =>
  ({ props, inline: false, content: true }) as const;

/**
 * Every component a lesson can use by name, with its props schema. Lessons never import code;
 * the compile step rejects any capitalised tag not listed here and any prop its schema refuses,
 * and components/mdx/registry.tsx must map exactly these names to components whose props are
 * inferred from these schemas.
 */
export const LESSON_COMPONENTS = {
  AxisComponents: figure(axisComponentsPropsSchema),
  BetaSweep: figure(betaSweepPropsSchema),
  ContourTrajectories: figure(contourTrajectoriesPropsSchema),
  EmaExplorer: figure(emaExplorerPropsSchema),
  LossCurves: figure(lossCurvesPropsSchema),
  NetworkRace: figure(networkRacePropsSchema),
  RateMap: figure(rateMapPropsSchema),
  TrainingRace: figure(trainingRacePropsSchema),
  UpdateRuleEditor: figure(updateRuleEditorPropsSchema),
  EquationInput: { props: equationInputPropsSchema, inline: true, content: false },
  Num: { props: numPropsSchema, inline: true, content: false },
  Callout: block(calloutPropsSchema),
  NumericAnswer: block(numericAnswerPropsSchema),
  ChoiceAnswer: block(choiceAnswerPropsSchema),
  Choice: { props: choicePropsSchema, inline: true, content: true },
  ParameterChallenge: block(parameterChallengePropsSchema),
  FormulaAnswer: block(formulaAnswerPropsSchema),
  NetworkChallenge: block(networkChallengePropsSchema),
  Hints: block(contentOnlyPropsSchema),
  Hint: block(contentOnlyPropsSchema),
  Solution: block(contentOnlyPropsSchema),
} as const satisfies Record<string, LessonComponentSpec>;

/** The name of a component a lesson can use. */
export type LessonComponentName = keyof typeof LESSON_COMPONENTS;

/** The props a lesson may give component `K` (before any default is applied). */
export type LessonPropsOf<K extends LessonComponentName> = z.input<
  (typeof LESSON_COMPONENTS)[K]['props']
>;

export * from './widgets';
export * from './vocabulary';
