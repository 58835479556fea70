/**
 * KaTeX options for LaTeX a learner typed (or LaTeX generated from what they typed).
 *
 * - `trust: false` refuses \href, \url, \includegraphics, \htmlClass and friends;
 * - `maxExpand: 100` stops macro bombs (\def\a{\a\a}) early; `maxSize: 10` caps \rule and
 *   spacing at 10em so a formula cannot cover the page;
 * - `throwOnError: false` renders a bad formula in red instead of throwing (KaTeX's error text
 *   quotes the raw source: show it as text, never as HTML);
 * - `strict: 'ignore'` accepts harmless non-LaTeX conveniences without console noise;
 * - `macros` is a new empty object on every call, because KaTeX writes \gdef definitions into
 *   it: a shared object would let one render's macros leak into the next.
 * - `output: 'htmlAndMathml'` (KaTeX's default) keeps the MathML copy screen readers read.
 *
 * Option names checked against KaTeX 0.19 (node_modules/katex/types/katex.d.ts).
 */
export function safeKatexOptions(): {
  trust: false;
  maxExpand: number;
  maxSize: number;
  throwOnError: false;
  strict: 'ignore';
  macros: Record<string, string>;
  output: 'htmlAndMathml';
  globalGroup: false;
} {
  return {
    trust: false,
    maxExpand: 100,
    maxSize: 10,
    throwOnError: false,
    strict: 'ignore',
    macros: {},
    output: 'htmlAndMathml',
    globalGroup: false,
  };
}
