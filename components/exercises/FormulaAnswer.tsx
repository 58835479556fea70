'use client';

import { useEffect, useState } from 'react';
import { TexPreview } from '@/components/formula/TexPreview';
import { answerExercise, type AnswerBodyProps } from './answerExercise';
import { ExerciseShell } from './ExerciseShell';
import { fillIfEmpty, useDraftAnswer } from './useDraftAnswer';
import { loadFormulaEngine } from '@/components/formula/formulaEngine';
import { useTypedBeforeHydration } from './useTypedBeforeHydration';

type Preview = { ok: true; tex: string } | { ok: false; message: string; index: number } | null;

/**
 * The learner types a loss function or an update rule; it is checked by evaluating it against
 * the expected one (random points, or trajectories), never by comparing strings.
 */
export const FormulaAnswer = answerExercise('formula', FormulaBody);

function FormulaBody({ spec, overrides, stored, children }: AnswerBodyProps<'formula'>) {
  const [source, setSource] = useDraftAnswer(stored?.source, () => '', fillIfEmpty);
  const keepEarlyTyping = useTypedBeforeHydration(setSource);
  // The last parse the engine returned; an empty box shows none (derived, not set in the effect).
  const [lastParse, setPreview] = useState<Preview>(null);
  const preview = source.trim() ? lastParse : null;

  useEffect(() => {
    if (!source.trim()) return;
    let cancelled = false;
    loadFormulaEngine().then(({ parseObjective, parseUpdateRule }) => {
      if (cancelled) return;
      const parsed = spec.form === 'rule' ? parseUpdateRule(source) : parseObjective(source);
      setPreview(parsed.ok ? { ok: true, tex: parsed.tex } : { ok: false, ...parsed.error });
    });
    return () => {
      cancelled = true;
    };
  }, [source, spec.form]);

  const label = spec.label ?? (spec.form === 'rule' ? 'Your update rule' : 'Your formula f(x, y)');
  const errorId = `${spec.id}-formula-error`;
  return (
    <ExerciseShell
      spec={spec}
      overrides={overrides}
      getAnswer={() =>
        source.trim()
          ? { ok: true, answer: { source } }
          : { ok: false, message: 'Type your answer first.' }
      }
      input={
        <div className="exercise-input">
          <label>
            {label}
            {spec.form === 'rule' ? (
              <textarea
                rows={3}
                spellCheck={false}
                ref={keepEarlyTyping}
                value={source}
                aria-invalid={preview?.ok === false ? true : undefined}
                aria-describedby={preview?.ok === false ? errorId : undefined}
                onChange={(e) => setSource(e.target.value)}
              />
            ) : (
              <input
                type="text"
                spellCheck={false}
                autoComplete="off"
                ref={keepEarlyTyping}
                value={source}
                aria-invalid={preview?.ok === false ? true : undefined}
                aria-describedby={preview?.ok === false ? errorId : undefined}
                onChange={(e) => setSource(e.target.value)}
              />
            )}
          </label>
          {preview?.ok && (
            <div className="formula-preview">
              <TexPreview tex={preview.tex} display />
            </div>
          )}
          {preview?.ok === false && (
            <p id={errorId} className="num-error">
              {preview.message}
            </p>
          )}
        </div>
      }
    >
      {children}
    </ExerciseShell>
  );
}
