import {
  answerSchemas,
  type AnswerOf,
  type ExerciseAnswer,
  type ExerciseKind,
  type ExerciseSpec,
  type ParameterName,
} from '../exercises/types';

/**
 * The stored answer of an exercise, as its input can show it, or undefined when there is none
 * it could show. What storage holds is untrusted (another build, another exercise with the same
 * id, a hand-edited file): it is read through the kind's answer schema, then fitted to this
 * exercise — choices it does not offer are dropped (and a single-answer question keeps one),
 * parameters it does not let the learner set are dropped and the others are clamped into their
 * ranges. Never throws.
 */
export function storedAnswerFor<K extends ExerciseKind>(
  spec: Extract<ExerciseSpec, { kind: K }>,
  stored: unknown,
): AnswerOf[K] | undefined {
  return fitted(spec, stored) as AnswerOf[K] | undefined;
}

function fitted(spec: ExerciseSpec, stored: unknown): ExerciseAnswer | undefined {
  switch (spec.kind) {
    case 'choice': {
      const parsed = answerSchemas.choice.safeParse(stored);
      if (!parsed.success) return undefined;
      const offered = new Set(spec.choices.map((c) => c.id));
      const known = [...new Set(parsed.data.selected)].filter((id) => offered.has(id));
      const selected = spec.multiple ? known : known.slice(0, 1);
      return selected.length ? { selected } : undefined;
    }
    case 'parameter':
    case 'network': {
      // A network challenge is answered like a parameter challenge, over α and β only.
      const parsed = answerSchemas[spec.kind].safeParse(stored);
      if (!parsed.success) return undefined;
      const ranges: Partial<Record<ParameterName, [number, number]>> = spec.ranges;
      const values: Partial<Record<ParameterName, number>> = {};
      for (const name of spec.set) {
        const value = parsed.data.values[name];
        const range = ranges[name];
        if (value === undefined || !range) continue;
        values[name] = Math.min(range[1], Math.max(range[0], value));
      }
      return Object.keys(values).length ? { values } : undefined;
    }
    case 'numeric':
    case 'formula': {
      const parsed = answerSchemas[spec.kind].safeParse(stored);
      return parsed.success ? parsed.data : undefined;
    }
  }
}
