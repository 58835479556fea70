'use client';

import { IntentLink } from '@/components/layout/IntentLink';
import { useDisclosure } from './useDisclosure';

const LINKS_ID = 'site-nav-links';

/**
 * The site's links. On a wide screen they sit in the header's one line; on a phone (CSS below
 * 45rem) they fold behind a "Menu" button, so the sticky header stays one line high.
 */
export function SiteNav({ hasPlayground }: { hasPlayground: boolean }) {
  const { close, rootProps, buttonProps } = useDisclosure(LINKS_ID);
  const links: [string, string][] = [
    ['/', 'Lessons'],
    ...(hasPlayground ? ([['/lessons/playground/', 'Playground']] as [string, string][]) : []),
    ['/assign/', 'Assign'],
    ['/grade/', 'Grade'],
    ['/teachers/', 'Teachers'],
  ];
  return (
    <nav aria-label="Site" className="site-nav" {...rootProps}>
      <button className="button menu-toggle" {...buttonProps}>
        <span aria-hidden="true">☰</span> Menu
      </button>
      <ul id={LINKS_ID}>
        {links.map(([href, text]) => (
          <li key={href}>
            <IntentLink href={href} onClick={close}>
              {text}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
