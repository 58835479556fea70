import type { Metadata } from 'next';
import { IntentLink } from '@/components/layout/IntentLink';
import { GALLERY } from './entries';

export const metadata: Metadata = { title: 'Widget gallery' };

export default function GalleryIndex() {
  return (
    <div className="lesson-body">
      <h1>Widget gallery</h1>
      <p>
        Every live figure of the course on its own page, with fixed settings, for review and
        testing.
      </p>
      <ul>
        {GALLERY.map((entry) => (
          <li key={entry.slug}>
            <IntentLink href={`/gallery/${entry.slug}/`}>{entry.title}</IntentLink> —{' '}
            {entry.summary}
          </li>
        ))}
      </ul>
    </div>
  );
}
