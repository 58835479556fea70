import type { ExerciseAnswer } from '../exercises/types';
import type { ScormExercise } from './package-config';
import { cmiTimespan } from './timespan';

/**
 * One answer as a SCORM 1.2 interaction (cmi.interactions.n.*), within the standard's
 * vocabularies: type ∈ {choice, numeric, fill-in, performance}; result ∈ {correct, wrong};
 * student_response in the type's format and at most 255 characters; latency a CMITimespan.
 */
export interface Interaction {
  id: string;
  type: 'choice' | 'numeric' | 'fill-in' | 'performance';
  student_response: string;
  result: 'correct' | 'wrong';
  latency: string;
  /** CMITime of the answer, given by the caller's clock. */
  time: string;
}

/** CMIString255: at most 255 characters (whole code points, never half a surrogate pair). */
export const MAX_RESPONSE_CHARS = 255;

export function clip255(text: string): string {
  if (text.length <= MAX_RESPONSE_CHARS) return text;
  let out = '';
  for (const p of Array.from(text)) {
    if (out.length + p.length > MAX_RESPONSE_CHARS) break;
    out += p;
  }
  return out;
}

/** The choice alphabet of SCORM 1.2 responses: one character per option, 0–9 then a–z. */
const CHOICE_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A number as CMIDecimal (optional sign, at most 10 integer digits, a decimal fraction), or
 * null when no such text reads back as exactly this number (1e-300, 3e12).
 */
export function cmiDecimal(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const plain = String(value);
  const text = /e/i.test(plain) ? value.toFixed(20).replace(/\.?0+$/, '') : plain;
  if (!/^-?\d{1,10}(\.\d+)?$/.test(text) || Number(text) !== value) return null;
  return text;
}

/**
 * The interaction for `answer` to `exercise`. A choice response lists the picked options by
 * position (`0,2`); a numeric one is the number as CMIDecimal (a number that has none becomes
 * a fill-in of its text); a parameter or network challenge is a performance `lr=0.1,beta=0.9`;
 * a formula is a fill-in of its source, clipped to 255 characters.
 */
export function interactionOf(
  exercise: ScormExercise,
  answer: ExerciseAnswer,
  correct: boolean,
  latencyMs: number,
  time: string,
): Interaction {
  const base = {
    id: exercise.id,
    result: correct ? 'correct' : 'wrong',
    latency: cmiTimespan(latencyMs),
    time,
  } as const;
  const response = responseOf(exercise, answer);
  return { ...base, type: response.type, student_response: clip255(response.text) };
}

function responseOf(
  exercise: ScormExercise,
  answer: ExerciseAnswer,
): { type: Interaction['type']; text: string } {
  switch (exercise.kind) {
    case 'choice': {
      const selected = 'selected' in answer ? answer.selected : [];
      const positions = selected.map((id) => exercise.choices.indexOf(id)).filter((i) => i >= 0);
      if (positions.every((i) => i < CHOICE_ALPHABET.length))
        return { type: 'choice', text: positions.map((i) => CHOICE_ALPHABET[i]).join(',') };
      return { type: 'fill-in', text: selected.join(',') };
    }
    case 'numeric': {
      const value = 'value' in answer ? answer.value : NaN;
      const decimal = cmiDecimal(value);
      return decimal === null
        ? { type: 'fill-in', text: String(value) }
        : { type: 'numeric', text: decimal };
    }
    case 'parameter':
    case 'network': {
      const values: Partial<Record<string, number>> = 'values' in answer ? answer.values : {};
      const parts = exercise.set
        .filter((name) => values[name] !== undefined)
        .map((name) => `${name}=${String(values[name])}`);
      return { type: 'performance', text: parts.join(',') };
    }
    case 'formula':
      return { type: 'fill-in', text: 'source' in answer ? answer.source : '' };
  }
}

/** The cmi.interactions.n.* writes for one interaction, in the order an LMS expects them. */
export function interactionWrites(n: number, interaction: Interaction): [string, string][] {
  const prefix = `cmi.interactions.${n}.`;
  return [
    [`${prefix}id`, interaction.id],
    [`${prefix}time`, interaction.time],
    [`${prefix}type`, interaction.type],
    [`${prefix}student_response`, interaction.student_response],
    [`${prefix}result`, interaction.result],
    [`${prefix}latency`, interaction.latency],
  ];
}
