'use client';

import { useId, useState } from 'react';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { SourceError } from './SourceError';
import { TexPreview } from './TexPreview';
import { useFormulaEngine } from './formulaEngine';
import type { LessonProps } from '@/components/mdx/lesson-props';

/**
 * The learner's own optimizer: an update rule, one assignment per line, applied to every figure
 * that draws the page's rule. Presets give a starting point; Ctrl+Enter (or Apply) applies,
 * Escape reverts, and an invalid rule is shown with its error but never applied.
 */
export function UpdateRuleEditor({ name }: LessonProps<'UpdateRuleEditor'>) {
  const [value, setValue, bound] = useBinding<string>(name, '');
  const engine = useFormulaEngine();
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = useId();
  const textId = useId();
  if (!bound)
    throw new Error(
      `<UpdateRuleEditor name="${name}"> needs a rule value declared in the lesson's params`,
    );

  const source = draft ?? value;
  const parsed = engine ? engine.parseUpdateRule(source) : null;
  const dirty = draft !== null && draft !== value;
  const apply = () => {
    if (parsed?.ok && draft !== null) {
      setValue(draft.trim());
      setDraft(null);
    }
  };

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
        aria-invalid={parsed && !parsed.ok ? true : undefined}
        aria-describedby={parsed && !parsed.ok ? errorId : undefined}
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
      {parsed?.ok && (
        <div className="formula-preview">
          <TexPreview tex={parsed.tex} display />
        </div>
      )}
      {parsed && !parsed.ok && <SourceError id={errorId} source={source} {...parsed.error} />}
    </div>
  );
}
