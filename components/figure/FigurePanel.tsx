'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { Plot, type PlotProps } from '@/components/plot/Plot';
import type { PlotTrace } from '@/components/plot/plotly-types';

/** The sentence of the figure a panel sits in (its FigureShell's `live`). */
export const FigureSentence = createContext('');

const NO_TRACES: readonly PlotTrace[] = [];

export type FigurePanelProps = Omit<PlotProps, 'traces' | 'description'> & {
  /** Plotly traces; most figures draw everything that moves in the overlay and need none. */
  traces?: readonly PlotTrace[];
  /** The panel's text alternative; by default the figure's live sentence. */
  description?: string;
  /** A line above the plot: a panel title, or a y-axis title too long for the margin. */
  heading?: ReactNode;
};

/**
 * One plot of a figure, with what figures share: no Plotly traces unless given, and the figure's
 * sentence as the text alternative unless the panel has its own.
 */
export function FigurePanel({
  traces = NO_TRACES,
  description,
  heading,
  ...plot
}: FigurePanelProps) {
  const sentence = useContext(FigureSentence);
  const drawn = <Plot traces={traces} description={description ?? sentence} {...plot} />;
  if (heading === undefined) return drawn;
  return (
    <div>
      {heading}
      {drawn}
    </div>
  );
}
