import type { ComponentType } from 'react';
import type { LessonComponentName } from '@/lib/content/props';
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
import type { LessonProps } from './lesson-props';

/**
 * The one map of components a lesson can use by name: exactly the names of lib/content/props'
 * LESSON_COMPONENTS (the compile step checks every tag and its props against those schemas),
 * each bound to a component that takes the props inferred from its schema.
 */
export const mdxComponents: { [K in LessonComponentName]: ComponentType<LessonProps<K>> } = {
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
