'use client';

import { Component, type ComponentType, type FunctionComponent, type ReactNode } from 'react';

/**
 * Catches an exercise that throws while rendering and shows an inline notice in its place, so
 * one broken exercise never takes its lesson or assignment page down with it.
 */
class ExerciseBoundary extends Component<
  { id: string; children: ReactNode },
  { error: Error | null }
> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section
        className="widget-error"
        id={`exercise-${this.props.id}`}
        data-exercise={this.props.id}
        role="alert"
      >
        <strong>This exercise could not be shown.</strong>{' '}
        {this.state.error.message.replace(/\.?$/, '.')} The rest of the page and your other answers
        are not affected.{' '}
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    );
  }
}

/** The exercise component wrapped in its own error boundary (keyed by the exercise id). */
export function withExerciseBoundary<P extends { id: string }>(
  Exercise: ComponentType<P>,
): FunctionComponent<P> {
  function Bounded(props: P) {
    return (
      <ExerciseBoundary id={props.id}>
        <Exercise {...props} />
      </ExerciseBoundary>
    );
  }
  Bounded.displayName = `withExerciseBoundary(${Exercise.displayName ?? Exercise.name})`;
  return Bounded;
}
