'use client';

import type { ComponentType, FunctionComponent } from 'react';
import { RetryButton, withErrorBoundary } from '@/components/figure/ErrorBoundary';

/**
 * `Figure` wrapped so that when it throws while rendering an inline card takes its place; the
 * rest of the lesson keeps working. `title` names the figure in that card.
 */
export function withWidgetBoundary<P extends object>(
  title: string,
  Figure: ComponentType<P>,
): FunctionComponent<P> {
  return withErrorBoundary(
    Figure,
    (_props, error, retry) => (
      <div className="widget-error" role="alert">
        <strong>The figure “{title}” stopped working.</strong> {error.message}{' '}
        <RetryButton onRetry={retry} />
      </div>
    ),
    'withWidgetBoundary',
  );
}
