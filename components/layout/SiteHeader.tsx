import Link from 'next/link';
import { listLessons } from '@/lib/content/lessons.server';
import { ThemeToggle } from './ThemeToggle';

export async function SiteHeader() {
  // The playground is a lesson; link it only when this copy of the course has it.
  const hasPlayground = (await listLessons()).some((lesson) => lesson.slug === 'playground');
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Momentum
      </Link>
      <nav aria-label="Site">
        <Link href="/">Lessons</Link>
        {hasPlayground && <Link href="/lessons/playground/">Playground</Link>}
        <Link href="/assign/">Assign</Link>
        <Link href="/grade/">Grade</Link>
        <Link href="/teachers/">Teachers</Link>
      </nav>
      <ThemeToggle />
    </header>
  );
}
