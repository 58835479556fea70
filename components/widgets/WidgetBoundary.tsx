'use client';

import type { ComponentType, FunctionComponent } from 'react';
import { RetryButton, withErrorBoundary } from '@/components/figure/ErrorBoundary';
import { PlacementScope } from '@/components/notebook/placement';

/**
 * `Figure` wrapped so that when it throws while rendering an inline card takes its place; the
 * rest of the lesson keeps working. `title` names the figure in that card. It also gets its own
 * placement (components/notebook/placement.tsx).
 */
export function withWidgetBoundary<P extends object>(
  title: string,
  Figure: ComponentType<P>,
): FunctionComponent<P> {
  // Its own placement: its FigureShell tracks whether it is on screen, its page values follow.
  function Placed(props: P) {
    return (
      <PlacementScope>
        <Figure {...props} />
      </PlacementScope>
    );
  }
  Placed.displayName = Figure.displayName ?? Figure.name;
  return withErrorBoundary(
    Placed,
    (_props, error, retry) => (
      <div className="widget-error" role="alert">
        <strong>The figure “{title}” stopped working.</strong> {error.message}{' '}
        <RetryButton onRetry={retry} />
      </div>
    ),
    'withWidgetBoundary',
  );
}
