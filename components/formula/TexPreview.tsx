'use client';

import katex from 'katex';
import { useMemo } from 'react';
import { safeKatexOptions } from '@/lib/expr/katex-options';

/**
 * Typesets LaTeX derived from learner input with KaTeX's safe options. The LaTeX itself comes
 * from our own printer of a whitelisted syntax tree, and KaTeX escapes text, so the HTML cannot
 * carry markup the learner typed.
 */
export function TexPreview({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(() => {
    try {
      return katex.renderToString(tex, { ...safeKatexOptions(), displayMode: display });
    } catch {
      return null;
    }
  }, [tex, display]);
  if (html === null) return <code>{tex}</code>;
  // KaTeX's own MathML copy is what screen readers read.
  return <span className="tex-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
