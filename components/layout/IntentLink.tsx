'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

/**
 * The course's internal link: next/link without its viewport prefetch. next/link fetches every
 * visible link's page data and, with it, that page's JavaScript — on the home page the header
 * and the lesson cards pulled in the lessons' widgets, the assignment builder and the MNIST
 * data (about 570 KB gzipped) before the page was idle. Here a page is prefetched only when
 * the reader shows intent (the pointer enters the link, or the link takes focus), which is
 * still well before the click lands.
 */
export function IntentLink({
  onPointerEnter,
  onFocus,
  href,
  ...props
}: Omit<ComponentProps<typeof Link>, 'prefetch' | 'href'> & { href: string }) {
  const router = useRouter();
  const prefetch = () => {
    // Prefetching is an optimisation: a page it cannot fetch (file://) is loaded on the click.
    try {
      router.prefetch(href);
    } catch {
      // nothing to do
    }
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        prefetch();
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}
