'use client';

import { Component, type ComponentType, type FunctionComponent, type ReactNode } from 'react';

/**
 * Catches a part of the page that throws while rendering and shows `fallback` in its place, so
 * one broken figure or exercise never takes its lesson down. `retry` clears the error and renders
 * the children again.
 */
export class ErrorBoundary extends Component<
  { fallback: (error: Error, retry: () => void) => ReactNode; children: ReactNode },
  { error: Error | null }
> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  private retry = () => this.setState({ error: null });

  render() {
    return this.state.error
      ? this.props.fallback(this.state.error, this.retry)
      : this.props.children;
  }
}

/** The "Try again" button every error notice ends with. */
export function RetryButton({ onRetry }: { onRetry: () => void }) {
  return (
    <button type="button" className="button" onClick={onRetry}>
      Try again
    </button>
  );
}

/**
 * `Inner` wrapped in its own error boundary; `fallback` draws the notice from the props it was
 * given (an exercise names its id, a figure its title).
 */
export function withErrorBoundary<P extends object>(
  Inner: ComponentType<P>,
  fallback: (props: P, error: Error, retry: () => void) => ReactNode,
  name: string,
): FunctionComponent<P> {
  function Bounded(props: P) {
    return (
      <ErrorBoundary fallback={(error, retry) => fallback(props, error, retry)}>
        <Inner {...props} />
      </ErrorBoundary>
    );
  }
  Bounded.displayName = `${name}(${Inner.displayName ?? Inner.name})`;
  return Bounded;
}
