'use client';

import { useId, useState } from 'react';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { SourceError } from './SourceError';
import { TexPreview } from './TexPreview';
import { useFormulaEngine, type FormulaEngine } from './formulaEngine';

/** What the engine says about a source: its typeset form, or where and why it failed. */
type Parse =
  | { ok: true; tex: string }
  | { ok: false; error: { message: string; index: number; length?: number } };

/**
 * A formula the page binds under `name`, edited as a draft beside the applied value: `shown` is
 * the draft (or the applied value when there is none), `parsed` its parse once the engine has
 * loaded, and `apply` applies the draft only when it parses, so an invalid formula never reaches
 * the figures. `tag` and `kind` name the lesson's mistake when the page declares no such value.
 */
export function useFormulaDraft<P extends Parse>(
  tag: string,
  name: string,
  kind: string,
  parse: (engine: FormulaEngine, source: string) => P,
) {
  const [value, setValue, bound] = useBinding<string>(name, '');
  const engine = useFormulaEngine();
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = useId();
  if (!bound)
    throw new Error(
      `<${tag} name="${name}"> needs a ${kind} value declared in the lesson's params`,
    );

  const shown = draft ?? value;
  const parsed = engine ? parse(engine, shown) : null;
  const apply = () => {
    if (parsed?.ok && draft !== null) {
      setValue(draft.trim());
      setDraft(null);
    }
  };
  // The text field's state: marked invalid, and described by the error, while it does not parse.
  const invalid = parsed !== null && !parsed.ok;
  const fieldProps = {
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? errorId : undefined,
  };
  return { value, engine, draft, setDraft, shown, parsed, apply, errorId, fieldProps };
}

/** Under a formula being typed: its typeset preview, or the error pointing into the source. */
export function FormulaFeedback({
  parsed,
  source,
  errorId,
  livePreview = false,
}: {
  parsed: Parse | null;
  source: string;
  errorId: string;
  /** Read the preview out as it changes (the inline equation has no other feedback). */
  livePreview?: boolean;
}) {
  if (!parsed) return null;
  if (!parsed.ok) return <SourceError id={errorId} source={source} {...parsed.error} />;
  return (
    <div className="formula-preview" aria-live={livePreview ? 'polite' : undefined}>
      <TexPreview tex={parsed.tex} display />
    </div>
  );
}
