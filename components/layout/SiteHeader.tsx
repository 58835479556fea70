import Link from 'next/link';
import { SiteNav } from './SiteNav';
import { ThemeToggle } from './ThemeToggle';

/** The site's header; the route layout says whether this copy of the course has a playground. */
export function SiteHeader({ hasPlayground }: { hasPlayground: boolean }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Momentum
      </Link>
      <SiteNav hasPlayground={hasPlayground} />
      <ThemeToggle />
    </header>
  );
}
