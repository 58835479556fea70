import Link from 'next/link';
import { ThemeToggle } from './ThemeToggle';

/** The site's header; the route layout says whether this copy of the course has a playground. */
export function SiteHeader({ hasPlayground }: { hasPlayground: boolean }) {
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
