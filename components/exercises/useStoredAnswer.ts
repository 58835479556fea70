'use client';

import { useMemo } from 'react';
import type { AnswerOf, ExerciseKind, ExerciseSpec } from '@/lib/exercises/types';
import { ownValue } from '@/lib/untrusted/own';
import { storedAnswerFor } from '@/lib/progress/stored-answer';
import { useProgress } from './ProgressProvider';

/**
 * The learner's stored answer to `spec`, read through the kind's answer schema and fitted to
 * the exercise (lib/progress `storedAnswerFor`): undefined when nothing usable is stored, so an
 * input never sees a value of the wrong type.
 */
export function useStoredAnswer<K extends ExerciseKind>(
  spec: Extract<ExerciseSpec, { kind: K }>,
): AnswerOf[K] | undefined {
  const stored = ownValue(useProgress().exercises, spec.id)?.answer;
  return useMemo(() => storedAnswerFor(spec, stored), [spec, stored]);
}
