import Link from 'next/link';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Momentum
      </Link>
      <nav aria-label="Site">
        <Link href="/">Lessons</Link>
        <Link href="/lessons/playground/">Playground</Link>
        <Link href="/assign/">Assign</Link>
        <Link href="/grade/">Grade</Link>
      </nav>
      <ThemeToggle />
    </header>
  );
}
