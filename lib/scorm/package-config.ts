import { z } from 'zod';
import {
  exerciseIdSchema,
  networkParameterSchema,
  parameterNameSchema,
  type ExerciseOverrides,
  type ExerciseSpec,
} from '../exercises/types';
import { PROGRESS_ENTRY_KEY, progressKeyFor } from '../progress/scope';

/**
 * Where the package's pages keep an exercise's answer when that is not its id: an assignment
 * package whose assignment changes the exercise's settings stores it under `id@fingerprint`
 * (lib/progress/scope.ts), so score, suspend_data and restore must look there.
 */
const keyField = { key: z.string().regex(PROGRESS_ENTRY_KEY).optional() };

/**
 * What the package's launch page knows about the course: the exercises in scope, in order, with
 * just what scoring, interactions and suspend_data need (a choice's options, the parameters a
 * challenge lets the learner set). The export writes it into the launch page as JSON.
 */
export const scormExerciseSchema = z.discriminatedUnion('kind', [
  z.object({ id: exerciseIdSchema, kind: z.literal('numeric'), ...keyField }).strict(),
  z.object({ id: exerciseIdSchema, kind: z.literal('formula'), ...keyField }).strict(),
  z
    .object({
      id: exerciseIdSchema,
      kind: z.literal('choice'),
      choices: z.array(z.string()).min(1),
      ...keyField,
    })
    .strict(),
  z
    .object({
      id: exerciseIdSchema,
      kind: z.literal('parameter'),
      set: z.array(parameterNameSchema).min(1),
      ...keyField,
    })
    .strict(),
  z
    .object({
      id: exerciseIdSchema,
      kind: z.literal('network'),
      set: z.array(networkParameterSchema).min(1),
      ...keyField,
    })
    .strict(),
]);

export type ScormExercise = z.infer<typeof scormExerciseSchema>;

export const scormPackageConfigSchema = z
  .object({
    title: z.string().min(1),
    /** Where the launch page opens the course, relative to it (`course/index.html`). */
    start: z.string().min(1),
    /** The manifest's adlcp:masteryscore, or null for a package scored without one. */
    masteryScore: z.number().min(0).max(100).nullable(),
    exercises: z.array(scormExerciseSchema),
  })
  .strict();

export type ScormPackageConfig = z.infer<typeof scormPackageConfigSchema>;

/** The progress key the package's pages store this exercise's answer under. */
export function progressKeyOf(exercise: ScormExercise): string {
  return exercise.key ?? exercise.id;
}

/** The part of an exercise the package needs, under an assignment's overrides if it has any. */
export function scormExerciseOf(spec: ExerciseSpec, overrides?: ExerciseOverrides): ScormExercise {
  const key = progressKeyFor(spec.id, overrides);
  return key === spec.id ? scormExerciseBase(spec) : { ...scormExerciseBase(spec), key };
}

function scormExerciseBase(spec: ExerciseSpec): ScormExercise {
  switch (spec.kind) {
    case 'numeric':
    case 'formula':
      return { id: spec.id, kind: spec.kind };
    case 'choice':
      return { id: spec.id, kind: 'choice', choices: spec.choices.map((c) => c.id) };
    case 'parameter':
      return { id: spec.id, kind: 'parameter', set: [...spec.set] };
    case 'network':
      return { id: spec.id, kind: 'network', set: [...spec.set] };
  }
}
