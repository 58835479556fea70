'use client';

import { TexPreview } from './TexPreview';
import { FormulaFeedback, useFormulaDraft } from './useFormulaDraft';
import type { LessonProps } from '@/components/mdx/lesson-props';

/**
 * An equation in the prose that the learner can rewrite: click it (or focus it and press
 * Enter) to edit it as text with a live typeset preview. Enter applies it to every figure on
 * the page, Escape reverts; an invalid formula shows where it went wrong and is never applied.
 */
export function EquationInput({ name, label = 'f(x, y)' }: LessonProps<'EquationInput'>) {
  const { value, engine, draft, setDraft, parsed, apply, errorId, fieldProps } = useFormulaDraft(
    'EquationInput',
    name,
    'formula',
    (engine, source) => engine.parseObjective(source),
  );
  const appliedTex = engine ? engine.parseObjective(value) : null;

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
          {...fieldProps}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      </label>
      <div className="equation-actions">
        <button type="button" className="button primary" onClick={apply} disabled={!parsed?.ok}>
          Apply
        </button>
        <button type="button" className="button" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </div>
      <FormulaFeedback parsed={parsed} source={draft} errorId={errorId} livePreview />
    </div>
  );
}
