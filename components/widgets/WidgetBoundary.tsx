'use client';

import { Component, type ReactNode } from 'react';

/**
 * Catches a widget that throws while rendering and shows an inline card instead; the rest of
 * the lesson keeps working.
 */
export class WidgetBoundary extends Component<
  { name: string; children: ReactNode },
  { error: Error | null }
> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="widget-error" role="alert">
        <strong>The figure “{this.props.name}” stopped working.</strong> {this.state.error.message}{' '}
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
