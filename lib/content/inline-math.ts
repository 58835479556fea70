import katex from 'katex';

/** HTML-escapes plain text. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Typesets `$…$` in short author-written strings (frontmatter objectives and summaries) the way
 * remark-math does in the body, so they read the same; a LaTeX error throws (failing the build).
 */
export function inlineMathToHtml(text: string): string {
  return text
    .split(/(\$[^$]+\$)/g)
    .map((part) =>
      part.length > 2 && part.startsWith('$') && part.endsWith('$')
        ? katex.renderToString(part.slice(1, -1), { throwOnError: true, strict: 'ignore' })
        : escapeHtml(part),
    )
    .join('');
}
