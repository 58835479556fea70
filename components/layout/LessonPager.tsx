import { IntentLink } from '@/components/layout/IntentLink';

interface Neighbour {
  slug: string;
  title: string;
}

export function LessonPager({
  previous,
  next,
}: {
  previous: Neighbour | null;
  next: Neighbour | null;
}) {
  return (
    <nav className="lesson-pager" aria-label="Lessons">
      {previous && (
        <IntentLink href={`/lessons/${previous.slug}/`} rel="prev">
          <small>Previous lesson</small>
          {previous.title}
        </IntentLink>
      )}
      {next && (
        <IntentLink href={`/lessons/${next.slug}/`} rel="next" className="next">
          <small>Next lesson</small>
          {next.title}
        </IntentLink>
      )}
    </nav>
  );
}
