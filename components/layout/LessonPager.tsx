import Link from 'next/link';

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
        <Link href={`/lessons/${previous.slug}/`} rel="prev">
          <small>Previous lesson</small>
          {previous.title}
        </Link>
      )}
      {next && (
        <Link href={`/lessons/${next.slug}/`} rel="next" className="next">
          <small>Next lesson</small>
          {next.title}
        </Link>
      )}
    </nav>
  );
}
