import katex from 'katex';
import { safeKatexOptions } from '@/lib/expr/katex-options';

/** HTML-escapes plain text. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The one renderer of `$…$` math in short author-written strings (lesson summaries and
 * objectives, exercise prompts and choices in the teacher's guide and worksheets), typeset at
 * build time the way remark-math does in a lesson's body, with the locked-down KaTeX options of
 * `safeKatexOptions` (no \href, macro bombs stopped, sizes capped). The text between the math
 * is escaped.
 *
 * `onError: 'throw'` (the default) makes a LaTeX error fail the build with KaTeX's message;
 * 'show' renders it in place, in red, for text whose lesson already failed or passed on it.
 */
export function inlineMathToHtml(
  text: string,
  { onError = 'throw' }: { onError?: 'throw' | 'show' } = {},
): string {
  return text
    .split(/(\$[^$]+\$)/g)
    .map((part) =>
      part.length > 2 && part.startsWith('$') && part.endsWith('$')
        ? katex.renderToString(part.slice(1, -1), {
            ...safeKatexOptions(),
            throwOnError: onError === 'throw',
          })
        : escapeHtml(part),
    )
    .join('');
}

/**
 * Exercise text for the teacher's guide and worksheets: its LaTeX was already checked when its
 * lesson compiled, so an error here is shown in place rather than failing the build twice.
 */
export function mathHtml(text: string): string {
  return inlineMathToHtml(text, { onError: 'show' });
}
