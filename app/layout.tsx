import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import 'katex/dist/katex.min.css';
import './globals.css';
import { ProgressProvider } from '@/components/exercises/ProgressProvider';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { THEME_INIT_SCRIPT } from '@/components/layout/theme';
import { listLessons } from '@/lib/content/lessons.server';
import { paletteCss } from '@/lib/plot/palette';

/** The colour tokens, from the palette the figures draw with (lib/plot/palette.ts). */
const PALETTE_CSS = paletteCss();

export const metadata: Metadata = {
  title: { default: 'Momentum — an interactive course', template: '%s · Momentum' },
  description:
    'Why gradient descent zig-zags, how a moving average of gradients fixes it, and how to tune momentum: a live, notebook-style course.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The playground is a lesson; the header links it only when this copy of the course has it.
  const hasPlayground = (await listLessons()).some((lesson) => lesson.slug === 'playground');
  return (
    // The theme script sets data-theme before React hydrates, hence the warning suppression.
    <html lang="en" suppressHydrationWarning>
      <head>
        <style dangerouslySetInnerHTML={{ __html: PALETTE_CSS }} />
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <ProgressProvider>
          <SiteHeader hasPlayground={hasPlayground} />
          <main id="main" className="page" tabIndex={-1}>
            {children}
          </main>
        </ProgressProvider>
        <footer className="site-footer">
          Momentum — an open, offline-ready course on momentum in gradient descent. Works without a
          network; progress stays in this browser.
        </footer>
      </body>
    </html>
  );
}
