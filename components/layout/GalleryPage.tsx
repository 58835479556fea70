import { IntentLink } from '@/components/layout/IntentLink';
import type { ReactNode } from 'react';
import { NotebookProvider } from '@/components/notebook/NotebookProvider';
import { NotebookToolbar } from '@/components/notebook/NotebookToolbar';
import { paramSpecsSchema, type ParamSpecs } from '@/lib/notebook/params';

/**
 * One widget on its own page with fixed settings, for review and end-to-end tests. `params`
 * uses the same declarations as a lesson's frontmatter.
 */
export function GalleryPage({
  title,
  intro,
  params,
  children,
}: {
  title: string;
  intro: ReactNode;
  params: Record<string, unknown>;
  children: ReactNode;
}) {
  const specs: ParamSpecs = paramSpecsSchema.parse(params);
  return (
    <NotebookProvider specs={specs}>
      <p className="meta">
        <IntentLink href="/gallery/">Widget gallery</IntentLink>
      </p>
      <h1>{title}</h1>
      <div className="lesson-body">
        <p>{intro}</p>
        <NotebookToolbar />
        {children}
      </div>
    </NotebookProvider>
  );
}
