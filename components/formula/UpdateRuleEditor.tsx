'use client';

import { useId } from 'react';
import { FormulaFeedback, useFormulaDraft } from './useFormulaDraft';
import type { LessonProps } from '@/components/mdx/lesson-props';

/**
 * The learner's own optimizer: an update rule, one assignment per line, applied to every figure
 * that draws the page's rule. Presets give a starting point; Ctrl+Enter (or Apply) applies,
 * Escape reverts, and an invalid rule is shown with its error but never applied.
 */
export function UpdateRuleEditor({ name }: LessonProps<'UpdateRuleEditor'>) {
  const {
    value,
    engine,
    draft,
    setDraft,
    shown: source,
    parsed,
    apply,
    errorId,
    fieldProps,
  } = useFormulaDraft('UpdateRuleEditor', name, 'rule', (engine, text) =>
    engine.parseUpdateRule(text),
  );
  const textId = useId();
  const dirty = draft !== null && draft !== value;

  return (
    <div className="rule-editor">
      <div className="rule-presets" role="group" aria-label="Start from a known rule">
        {(engine?.RULE_PRESETS ?? []).map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="button"
            onClick={() => setDraft(preset.source)}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <label htmlFor={textId}>Update rule (one assignment per line; g is the gradient at w)</label>
      <textarea
        id={textId}
        rows={Math.max(2, source.split('\n').length)}
        spellCheck={false}
        value={source}
        {...fieldProps}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            apply();
          }
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      <div className="equation-actions">
        <button
          type="button"
          className="button primary"
          onClick={apply}
          disabled={!dirty || !parsed?.ok}
        >
          Apply rule
        </button>
        <button type="button" className="button" onClick={() => setDraft(null)} disabled={!dirty}>
          Revert
        </button>
        <span className="meta">
          {dirty ? 'Not applied yet (Ctrl+Enter applies).' : 'Applied to the figures.'}
        </span>
      </div>
      <FormulaFeedback parsed={parsed} source={source} errorId={errorId} />
    </div>
  );
}
