import { choiceAnswerSchema, type CheckResult, type ChoiceSpec } from './types';

/**
 * Correct iff the selected Choice ids equal the `correct` set (order and repeats ignored).
 * `detail` lists what was wrongly picked and what was missed, so the UI can show each picked
 * option's `why` text from the lesson.
 */
export function checkChoice(spec: ChoiceSpec, answer: unknown): CheckResult {
  const parsed = choiceAnswerSchema.safeParse(answer);
  if (!parsed.success) return { correct: false, message: 'No choice made' };
  const selected = new Set(parsed.data.selected);
  if (selected.size === 0) return { correct: false, message: 'No choice made' };
  const known = new Set(spec.choices.map((c) => c.id));
  const unknown = [...selected].filter((id) => !known.has(id));
  if (unknown.length) return { correct: false, message: `Unknown choice: ${unknown.join(', ')}` };
  if (!spec.multiple && selected.size > 1) return { correct: false, message: 'Pick one answer' };
  const correct = new Set(spec.correct);
  const wrong = [...selected].filter((id) => !correct.has(id));
  const missing = spec.correct.filter((id) => !selected.has(id));
  return { correct: wrong.length === 0 && missing.length === 0, detail: { wrong, missing } };
}
