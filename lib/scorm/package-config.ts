import { z } from 'zod';
import {
  exerciseIdSchema,
  networkParameterSchema,
  parameterNameSchema,
  type ExerciseSpec,
} from '../exercises/types';

/**
 * What the package's launch page knows about the course: the exercises in scope, in order, with
 * just what scoring, interactions and suspend_data need (a choice's options, the parameters a
 * challenge lets the learner set). The export writes it into the launch page as JSON.
 */
export const scormExerciseSchema = z.discriminatedUnion('kind', [
  z.object({ id: exerciseIdSchema, kind: z.literal('numeric') }).strict(),
  z.object({ id: exerciseIdSchema, kind: z.literal('formula') }).strict(),
  z
    .object({
      id: exerciseIdSchema,
      kind: z.literal('choice'),
      choices: z.array(z.string()).min(1),
    })
    .strict(),
  z
    .object({
      id: exerciseIdSchema,
      kind: z.literal('parameter'),
      set: z.array(parameterNameSchema).min(1),
    })
    .strict(),
  z
    .object({
      id: exerciseIdSchema,
      kind: z.literal('network'),
      set: z.array(networkParameterSchema).min(1),
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

/** The part of an exercise the package needs. */
export function scormExerciseOf(spec: ExerciseSpec): ScormExercise {
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
