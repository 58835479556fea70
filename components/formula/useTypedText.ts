'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { followText, NO_TEXT, type TextParse, type TypedText } from '@/lib/expr/typed-text';
import { loadFormulaEngine, type FormulaEngine } from './formulaEngine';

/**
 * What a learner's typed text (a formula, an update rule) means now, read by the formula engine,
 * which loads only once there is text. While newer text is invalid the last valid value stays in
 * effect with the error beside it; cleared text means nothing, so null (lib/expr `followText`).
 * `read` turns the text into a value or an error; `settings` names whatever else `read` uses
 * (a step size…), so that a change reads the text again.
 */
export function useTypedText<T>(
  source: string,
  read: (engine: FormulaEngine, source: string) => TextParse<T>,
  settings = '',
): TypedText<T> | null {
  // The last reading that came back (null: none yet, or the text was cleared since).
  const [parsed, setParsed] = useState<TypedText<T> | null>(null);
  // Cleared text asks for nothing: forget the last reading (adjusted while rendering).
  if (!source && parsed !== null) setParsed(null);
  // The engine answers later: it reads with the `read` of the latest render, not of the first.
  const latestRead = useRef(read);
  useLayoutEffect(() => {
    latestRead.current = read;
  });

  useEffect(() => {
    if (!source) return;
    let cancelled = false;
    loadFormulaEngine().then((engine) => {
      if (cancelled) return;
      const reading = latestRead.current(engine, source);
      setParsed((previous) => followText(previous ?? NO_TEXT, reading));
    });
    return () => {
      cancelled = true;
    };
  }, [source, settings]);
  return source ? parsed : null;
}
