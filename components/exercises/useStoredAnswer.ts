'use client';

import { useMemo } from 'react';
import type { AnswerOf, ExerciseKind, ExerciseSpec } from '@/lib/exercises/types';
import { entryFor } from '@/lib/progress/scope';
import { storedAnswerFor } from '@/lib/progress/stored-answer';
import { useExerciseOverrides } from './ExerciseCatalog';
import { useProgress } from './ProgressProvider';

/**
 * The learner's stored answer to `spec`, read through the kind's answer schema and fitted to
 * the exercise (lib/progress `storedAnswerFor`): undefined when nothing usable is stored, so an
 * input never sees a value of the wrong type. Under an assignment that changes the exercise's
 * settings it is the answer given under those settings, never the lesson's.
 */
export function useStoredAnswer<K extends ExerciseKind>(
  spec: Extract<ExerciseSpec, { kind: K }>,
): AnswerOf[K] | undefined {
  const stored = entryFor(useProgress(), spec.id, useExerciseOverrides(spec.id))?.answer;
  return useMemo(() => storedAnswerFor(spec, stored), [spec, stored]);
}
