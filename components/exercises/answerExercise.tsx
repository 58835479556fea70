'use client';

import type { ComponentType, ReactNode } from 'react';
import type {
  AnswerOf,
  ExerciseKind,
  ExerciseOverrides,
  ExerciseSpec,
} from '@/lib/exercises/types';
import { withExerciseBoundary } from './ExerciseBoundary';
import { useExerciseSpec } from './ExerciseCatalog';
import { useStoredAnswer } from './useStoredAnswer';

/** What an answer's body draws from: its spec, an assignment's overrides, the stored answer. */
export interface AnswerBodyProps<K extends ExerciseKind> {
  spec: Extract<ExerciseSpec, { kind: K }>;
  overrides?: ExerciseOverrides;
  /** The learner's stored answer fitted to this exercise, or undefined (useStoredAnswer). */
  stored: AnswerOf[K] | undefined;
  /** The question, as the lesson writes it inside the tag. */
  children?: ReactNode;
}

/**
 * A lesson's answer tag of one kind (ChoiceAnswer, FormulaAnswer, NumericAnswer). It takes the
 * lesson's attributes (schema in lib/content/props) but reads only the id: the rest reaches it as
 * the exercise spec the build extracted from the same tag. It looks up that spec and the stored
 * answer, and draws `Body` inside the exercise's own error boundary.
 */
export function answerExercise<K extends ExerciseKind>(
  kind: K,
  Body: ComponentType<AnswerBodyProps<K>>,
) {
  return withExerciseBoundary(function AnswerExercise({
    id,
    children,
  }: {
    id: string;
    children?: ReactNode;
  }) {
    const { spec, overrides } = useExerciseSpec(id, kind);
    const stored = useStoredAnswer(spec);
    return (
      <Body spec={spec} overrides={overrides} stored={stored}>
        {children}
      </Body>
    );
  });
}
