import type { ReactNode } from 'react';

/** A boxed aside in a lesson: "What to notice", "Try this", a summary. */
export function Callout({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <aside className="callout" aria-label={title}>
      {title && <p className="callout-title">{title}</p>}
      {children}
    </aside>
  );
}
