'use client';

import { useId, useState } from 'react';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { SourceError } from './SourceError';
import { TexPreview } from './TexPreview';
import { useFormulaEngine } from './formulaEngine';
import type { LessonProps } from '@/components/mdx/lesson-props';

/**
 * An equation in the prose that the learner can rewrite: click it (or focus it and press
 * Enter) to edit it as text with a live typeset preview. Enter applies it to every figure on
 * the page, Escape reverts; an invalid formula shows where it went wrong and is never applied.
 */
export function EquationInput({ name, label = 'f(x, y)' }: LessonProps<'EquationInput'>) {
  const [value, setValue, bound] = useBinding<string>(name, '');
  const engine = useFormulaEngine();
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = useId();
  if (!bound)
    throw new Error(
      `<EquationInput name="${name}"> needs a formula value declared in the lesson's params`,
    );

  const shown = draft ?? value;
  const parsed = engine ? engine.parseObjective(shown) : null;
  const appliedTex = engine ? engine.parseObjective(value) : null;

  const commit = () => {
    if (draft === null) return;
    if (parsed?.ok) {
      setValue(draft.trim());
      setDraft(null);
    }
  };

  if (draft === null) {
    return (
      <button
        type="button"
        className="equation-display"
        onClick={() => setDraft(value)}
        data-formula={value}
      >
        <span className="visually-hidden">Edit the formula: </span>
        <span className="equation-label">{label} =</span>{' '}
        {appliedTex?.ok ? <TexPreview tex={appliedTex.tex} /> : <code>{value}</code>}
        <span className="equation-hint">edit</span>
      </button>
    );
  }

  return (
    <div className="equation-editor">
      <label>
        {label} =
        <input
          type="text"
          autoFocus
          spellCheck={false}
          autoComplete="off"
          value={draft}
          aria-invalid={parsed && !parsed.ok ? true : undefined}
          aria-describedby={parsed && !parsed.ok ? errorId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      </label>
      <div className="equation-actions">
        <button type="button" className="button primary" onClick={commit} disabled={!parsed?.ok}>
          Apply
        </button>
        <button type="button" className="button" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </div>
      {parsed?.ok && (
        <div className="formula-preview" aria-live="polite">
          <TexPreview tex={parsed.tex} display />
        </div>
      )}
      {parsed && !parsed.ok && <SourceError id={errorId} source={draft} {...parsed.error} />}
    </div>
  );
}
