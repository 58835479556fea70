'use client';

import type { ComponentType, FunctionComponent } from 'react';
import { RetryButton, withErrorBoundary } from '@/components/figure/ErrorBoundary';

/**
 * The exercise component wrapped in its own error boundary (keyed by the exercise id): an inline
 * notice takes its place when it throws, so one broken exercise never takes its lesson or
 * assignment page down with it.
 */
export function withExerciseBoundary<P extends { id: string }>(
  Exercise: ComponentType<P>,
): FunctionComponent<P> {
  return withErrorBoundary(
    Exercise,
    (props, error, retry) => (
      <section
        className="widget-error"
        id={`exercise-${props.id}`}
        data-exercise={props.id}
        role="alert"
      >
        <strong>This exercise could not be shown.</strong> {error.message.replace(/\.?$/, '.')} The
        rest of the page and your other answers are not affected. <RetryButton onRetry={retry} />
      </section>
    ),
    'withExerciseBoundary',
  );
}
