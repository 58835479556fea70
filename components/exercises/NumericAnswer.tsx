'use client';

import { answerExercise, type AnswerBodyProps } from './answerExercise';
import { ExerciseShell } from './ExerciseShell';
import { fillIfEmpty, useDraftAnswer } from './useDraftAnswer';
import { NUMBER_TEXT_INPUT } from './numberTextInput';
import { useTypedBeforeHydration } from './useTypedBeforeHydration';

/** Reads what people type for a number: "−0.8", "0,8", "1e-3", "2/3". */
export function parseNumberInput(raw: string): number | null {
  const text = raw.trim().replace(/−/g, '-').replace(/,/g, '.').replace(/\s+/g, '');
  if (text === '') return null;
  const fraction = /^(-?\d*\.?\d+(?:e[-+]?\d+)?)\/(-?\d*\.?\d+(?:e[-+]?\d+)?)$/i.exec(text);
  if (fraction) {
    const value = Number(fraction[1]) / Number(fraction[2]);
    return Number.isFinite(value) ? value : null;
  }
  if (!/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A question whose answer is a number, checked with a tolerance or a range. */
export const NumericAnswer = answerExercise('numeric', NumericBody);

function NumericBody({ spec, overrides, stored, children }: AnswerBodyProps<'numeric'>) {
  const [text, setText] = useDraftAnswer(
    stored?.value,
    () => '',
    (t, value) => fillIfEmpty(t, String(value)),
  );
  const keepEarlyTyping = useTypedBeforeHydration(setText);
  const label = spec.label ? `Your answer (${spec.label})` : 'Your answer';
  return (
    <ExerciseShell
      spec={spec}
      overrides={overrides}
      getAnswer={() => {
        const value = parseNumberInput(text);
        return value === null
          ? {
              ok: false,
              message: text.trim()
                ? `“${text}” is not a number I can read.`
                : 'Type a number first.',
            }
          : { ok: true, answer: { value } };
      }}
      input={
        <label className="exercise-input">
          {label}
          <input
            {...NUMBER_TEXT_INPUT}
            ref={keepEarlyTyping}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter')
                (
                  e.currentTarget
                    .closest('section')
                    ?.querySelector('button.primary') as HTMLButtonElement | null
                )?.click();
            }}
          />
        </label>
      }
    >
      {children}
    </ExerciseShell>
  );
}
