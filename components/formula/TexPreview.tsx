'use client';

import katex from 'katex';
import { useMemo } from 'react';
import { safeKatexOptions } from '@/lib/expr/katex-options';

/**
 * Typesets LaTeX derived from learner input with KaTeX's safe options. The LaTeX itself comes
 * from our own printer of a whitelisted syntax tree, and KaTeX escapes text, so the HTML cannot
 * carry markup the learner typed.
 */
export function TexPreview({ tex, display = false, label }: { tex: string; display?: boolean; label?: string }) {
  const html = useMemo(() => {
    try {
      return katex.renderToString(tex, { ...safeKatexOptions(), displayMode: display });
    } catch {
      return null;
    }
  }, [tex, display]);
  if (html === null) return <code>{tex}</code>;
  return <span className="tex-preview" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
