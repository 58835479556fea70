'use client';

import type { TocEntry } from '@/lib/content/plugins/rehype-collect-headings';
import { useDisclosure } from './useDisclosure';

const LIST_ID = 'toc-list';

/**
 * "On this page". It comes before the lesson in the page, so it is among the first tab stops;
 * on a wide screen it is the sticky right-hand column, on a narrower one a folded list above the
 * lesson ("On this page" opens it; a link, Escape or a tap outside closes it).
 */
export function TableOfContents({ entries }: { entries: readonly TocEntry[] }) {
  const { close, rootProps, buttonProps } = useDisclosure(LIST_ID);
  if (entries.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading" {...rootProps}>
      <h2 id="toc-heading">
        <button className="toc-toggle" {...buttonProps}>
          On this page
        </button>
        <span className="toc-title">On this page</span>
      </h2>
      <ol id={LIST_ID}>
        {entries.map((entry) => (
          <li key={entry.id} className={`depth-${entry.depth}`}>
            <a href={`#${entry.id}`} onClick={close}>
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
