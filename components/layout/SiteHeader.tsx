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
      </nav>
      <ThemeToggle />
    </header>
  );
}
