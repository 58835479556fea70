import type { ComponentType } from 'react';
import { Num } from '@/components/notebook/Num';
import { ContourTrajectories } from '@/components/widgets/ContourTrajectories';
import { AxisComponents } from '@/components/widgets/AxisComponents';
import { BetaSweep } from '@/components/widgets/BetaSweep';
import { EmaExplorer } from '@/components/widgets/EmaExplorer';
import { LossCurves } from '@/components/widgets/LossCurves';
import { RateMap } from '@/components/widgets/RateMap';
import { TrainingRace } from '@/components/widgets/TrainingRace';
import { NetworkChallenge } from '@/components/widgets/network/NetworkChallenge';
import { NetworkRace } from '@/components/widgets/network/NetworkRace';
import { ChoiceAnswer, Choice } from '@/components/exercises/ChoiceAnswer';
import { FormulaAnswer } from '@/components/exercises/FormulaAnswer';
import { Hint, Hints, Solution } from '@/components/exercises/Hints';
import { NumericAnswer } from '@/components/exercises/NumericAnswer';
import { ParameterChallenge } from '@/components/exercises/ParameterChallenge';
import { EquationInput } from '@/components/formula/EquationInput';
import { UpdateRuleEditor } from '@/components/formula/UpdateRuleEditor';
import { Callout } from './Callout';

/**
 * The one map of components a lesson can use by name. Lessons never import code; the compile
 * step rejects any capitalised tag that is not listed here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes each its own props
export const mdxComponents: Record<string, ComponentType<any>> = {
  AxisComponents,
  BetaSweep,
  EmaExplorer,
  LossCurves,
  NetworkChallenge,
  NetworkRace,
  RateMap,
  TrainingRace,
  Callout,
  Choice,
  ChoiceAnswer,
  ContourTrajectories,
  EquationInput,
  FormulaAnswer,
  Hint,
  Hints,
  Num,
  NumericAnswer,
  ParameterChallenge,
  Solution,
  UpdateRuleEditor,
};

export const mdxComponentNames: readonly string[] = Object.keys(mdxComponents);

/** Components that render phrasing content and so may sit inside a sentence or paragraph. */
export const inlineComponentNames: readonly string[] = ['Num', 'Choice', 'EquationInput'];
