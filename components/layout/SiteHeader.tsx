import { IntentLink } from '@/components/layout/IntentLink';
import { SiteNav } from './SiteNav';
import { ThemeToggle } from './ThemeToggle';

/** The site's header; the route layout says whether this copy of the course has a playground. */
export function SiteHeader({ hasPlayground }: { hasPlayground: boolean }) {
  return (
    <header className="site-header">
      <IntentLink href="/" className="brand">
        Momentum
      </IntentLink>
      <SiteNav hasPlayground={hasPlayground} />
      <ThemeToggle />
    </header>
  );
}
