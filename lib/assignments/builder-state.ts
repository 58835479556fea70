import { z } from 'zod';
import { exerciseIdSchema } from '../exercises/types';
import { EMPTY_DRAFT, type ChallengeDraft } from './builder-check';

/** localStorage key of the assignment builder's unfinished assignment. */
export const BUILDER_STATE_KEY = 'momentum-assign-builder';

const text = (max: number) => z.string().max(max);

const draftSchema = z
  .object({ objective: text(500), loss: text(40), steps: text(40), seed: text(40) })
  .strict();

/**
 * What the builder keeps across reloads: the fields as typed (text, so a half-typed "1e-" is
 * kept as it was), the picked exercises in order, and the id's random suffix, drawn once so the
 * id does not change under the instructor's hands. Every field is bounded: the value comes back
 * from storage, which anything on this origin can write.
 */
export const builderStateSchema = z
  .object({
    version: z.literal(1),
    title: text(200),
    due: text(40),
    suffix: z.string().regex(/^[a-z0-9]{5}$/),
    picked: z.array(exerciseIdSchema).max(200),
    drafts: z.record(exerciseIdSchema, draftSchema).refine((r) => Object.keys(r).length <= 200),
  })
  .strict();

export type BuilderState = z.infer<typeof builderStateSchema>;

export function emptyBuilderState(suffix: string): BuilderState {
  return { version: 1, title: '', due: '', suffix, picked: [], drafts: {} };
}

/** The draft of one exercise; an own property only, so an id like `constructor` is just absent. */
export function draftOf(state: BuilderState, id: string): ChallengeDraft {
  return Object.hasOwn(state.drafts, id) ? state.drafts[id] : EMPTY_DRAFT;
}

export type BuilderStateReading =
  { ok: true; state: BuilderState | null } | { ok: false; notice: string };

/**
 * Reads the stored builder state (null when nothing is stored). Anything that is not JSON of
 * the schema comes back as a notice for the instructor, never as an exception.
 */
export function readBuilderState(raw: string | null): BuilderStateReading {
  if (raw === null) return { ok: true, state: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const parsed = builderStateSchema.safeParse(data);
  if (parsed.success) return { ok: true, state: parsed.data };
  return {
    ok: false,
    notice:
      'The assignment you were building could not be read back from this browser’s storage (it was damaged or written by another version), so the builder starts empty.',
  };
}
