import type { LessonProps } from '@/components/mdx/lesson-props';

/** A boxed aside in a lesson: "What to notice", "Try this", a summary. */
export function Callout({ title, children }: LessonProps<'Callout'>) {
  return (
    <aside className="callout" aria-label={title}>
      {title && <p className="callout-title">{title}</p>}
      {children}
    </aside>
  );
}
