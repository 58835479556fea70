'use client';

import katex from 'katex';

/**
 * An exercise's question as plain text with `$…$` math, typeset for pages that show an exercise
 * outside its lesson (assignments, the teacher's guide).
 */
export function PromptText({ text }: { text: string }) {
  const parts = text.split(/(\$[^$]+\$)/g);
  return (
    <p>
      {parts.map((part, i) =>
        part.startsWith('$') && part.endsWith('$') && part.length > 2 ? (
          <span
            key={i}
            dangerouslySetInnerHTML={{
              __html: katex.renderToString(part.slice(1, -1), {
                throwOnError: false,
                trust: false,
                maxExpand: 100,
                maxSize: 10,
              }),
            }}
          />
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </p>
  );
}
