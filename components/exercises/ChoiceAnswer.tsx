'use client';

import { createContext, useContext, useState } from 'react';
import { answerExercise, type AnswerBodyProps } from './answerExercise';
import { ExerciseShell, useExercise } from './ExerciseShell';
import { fillIfEmpty, useDraftAnswer } from './useDraftAnswer';
import type { LessonProps } from '@/components/mdx/lesson-props';

interface ChoiceState {
  multiple: boolean;
  selected: readonly string[];
  toggle: (id: string) => void;
  why: Record<string, string | undefined>;
  checked: readonly string[] | null;
}

const ChoiceContext = createContext<ChoiceState | null>(null);

/** A single- or multiple-choice question; each Choice carries its own feedback (`why`). */
export const ChoiceAnswer = answerExercise('choice', ChoiceBody);

function ChoiceBody({ spec, overrides, stored, children }: AnswerBodyProps<'choice'>) {
  const [selected, setSelected] = useDraftAnswer<readonly string[], string>(
    stored?.selected.join('\n'),
    () => [],
    (s, key) => fillIfEmpty(s, key.split('\n')),
  );
  const [checked, setChecked] = useState<readonly string[] | null>(null);
  const toggle = (choice: string) => {
    setChecked(null);
    setSelected((s) =>
      spec.multiple
        ? s.includes(choice)
          ? s.filter((c) => c !== choice)
          : [...s, choice]
        : [choice],
    );
  };
  const why = Object.fromEntries(spec.choices.map((c) => [c.id, c.why]));
  return (
    <ChoiceContext.Provider value={{ multiple: spec.multiple, selected, toggle, why, checked }}>
      <ExerciseShell
        spec={spec}
        overrides={overrides}
        getAnswer={() => {
          if (selected.length === 0) return { ok: false, message: 'Pick an answer first.' };
          setChecked(selected);
          return { ok: true, answer: { selected: [...selected] } };
        }}
      >
        {children}
        <p className="meta">{spec.multiple ? 'Choose all that apply.' : 'Choose one.'}</p>
      </ExerciseShell>
    </ChoiceContext.Provider>
  );
}

/** One option of a ChoiceAnswer. */
export function Choice({ id, children }: LessonProps<'Choice'>) {
  const choice = useContext(ChoiceContext);
  const exercise = useExercise();
  if (!choice) throw new Error('<Choice> belongs inside <ChoiceAnswer>');
  const isSelected = choice.selected.includes(id);
  const showWhy = choice.checked?.includes(id) && choice.why[id];
  // Spans, not divs: an author may write the Choices right under the question text, which MDX
  // then puts inside that paragraph, and a <div> inside a <p> breaks hydration.
  return (
    <span className={`choice${isSelected ? ' selected' : ''}`}>
      <label>
        <input
          type={choice.multiple ? 'checkbox' : 'radio'}
          name={`choice-${exercise.id}`}
          value={id}
          checked={isSelected}
          onChange={() => choice.toggle(id)}
        />{' '}
        <span>{children}</span>
      </label>
      {showWhy && <span className="choice-why">{choice.why[id]}</span>}
    </span>
  );
}
