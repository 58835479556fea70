'use client';

import { useRef, type ReactNode } from 'react';
import { useTrackPlacement } from '@/components/notebook/placement';
import { FigurePanel, FigureSentence, type FigurePanelProps } from './FigurePanel';
import { useLiveSentence } from './useLiveSentence';

/** `data-*` attributes a figure exposes to tests and benchmarks (e.g. data-train-ms). */
export type DataAttributes = Record<`data-${string}`, string | number | undefined>;

/**
 * The frame every figure shares, in reading order: its plot (`plot`, a FigurePanel) and any other
 * panels (children), the legend, anything that belongs between legend and controls (a progress
 * bar), the control rows, what follows the controls (a strip of examples), the figure's one live
 * status line, a note, and the lesson's caption. The sentence shows at once; the status line
 * speaks it once it settles (useLiveSentence), and the panels' text alternatives follow it at once.
 */
export function FigureShell({
  id,
  className,
  data,
  plot,
  children,
  legend,
  beforeControls,
  controls,
  afterControls,
  live,
  liveState,
  note,
  caption,
}: {
  id?: string;
  /** Extra class names beside "figure", e.g. "rate-map". */
  className?: string;
  data?: DataAttributes;
  /** The figure's plot, drawn first. */
  plot?: FigurePanelProps;
  children?: ReactNode;
  legend?: ReactNode;
  beforeControls?: ReactNode;
  /** One row of controls, or several rows. Hidden in print. */
  controls?: ReactNode | readonly ReactNode[];
  afterControls?: ReactNode;
  /** The figure's live sentence (its text alternative as it changes). */
  live?: string;
  /** What the sentence reports, e.g. a race's status: a change of state is spoken at once. */
  liveState?: string;
  note?: ReactNode;
  caption?: ReactNode;
}) {
  const rows = Array.isArray(controls) ? controls : controls ? [controls] : [];
  const spoken = useLiveSentence(live ?? '', liveState);
  const frame = useRef<HTMLElement>(null);
  useTrackPlacement(frame);
  return (
    <figure ref={frame} className={className ? `figure ${className}` : 'figure'} id={id} {...data}>
      <FigureSentence.Provider value={live ?? ''}>
        {plot && <FigurePanel {...plot} />}
        {children}
      </FigureSentence.Provider>
      {legend}
      {beforeControls}
      {rows.map((row, i) => (
        <div key={i} className="controls no-print">
          {row}
        </div>
      ))}
      {afterControls}
      {live !== undefined && (
        <>
          {/* The eye reads the sentence as it is now; a screen reader hears the status line,
              which speaks it once it settles, and finds it there when reading the page. */}
          <p className="live-text" aria-hidden="true">
            {live}
          </p>
          <p className="visually-hidden" role="status" aria-live="polite">
            {spoken}
          </p>
        </>
      )}
      {note}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

/** A figure whose view-model says it cannot be drawn here: the reason, then the caption. */
export function FigureProblem({
  id,
  problem,
  caption,
  children,
}: {
  id?: string;
  problem: string;
  caption?: ReactNode;
  /** What still makes sense to show above the reason (a legend). */
  children?: ReactNode;
}) {
  return (
    <FigureShell id={id} caption={caption}>
      {children}
      <p className="figure-problem" role="status">
        {problem}
      </p>
    </FigureShell>
  );
}

/** The placeholder while a figure's surface is not ready: empty, or why the formula failed. */
export function FigurePending({ surface }: { surface: { ok: boolean; message?: string } }) {
  return <div className="figure plot-loading-static">{surface.ok ? '' : surface.message}</div>;
}
