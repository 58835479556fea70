import katex from 'katex';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Author-written text with `$…$` math as HTML, typeset at build time (so the guide and the
 * worksheets read and print without JavaScript). Unlike the lesson frontmatter, exercise
 * prompts and choice texts were already checked when their lesson compiled, so a LaTeX error
 * here is shown in place rather than failing the build twice.
 */
export function mathHtml(text: string): string {
  return text
    .split(/(\$[^$]+\$)/g)
    .map((part) =>
      part.length > 2 && part.startsWith('$') && part.endsWith('$')
        ? katex.renderToString(part.slice(1, -1), {
            throwOnError: false,
            strict: 'ignore',
            trust: false,
            maxExpand: 100,
            maxSize: 10,
          })
        : escapeHtml(part),
    )
    .join('');
}
