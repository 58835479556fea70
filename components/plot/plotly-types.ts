/**
 * The Plotly options the course uses, typed: a small subset of Plotly's schema (plot.ly's
 * reference, "Figure Reference"), so a misspelt option or a wrong value type fails the type-check
 * instead of being ignored by Plotly at run time. Add a field here when a figure needs one.
 */

/** A colour scale: [position in 0…1, CSS colour] stops. */
export type ColorScale = readonly (readonly [number, string])[];

/** A grid of values by row: z[row][column], null for a gap. */
export type Grid = readonly (readonly (number | null)[])[];

interface TraceBase {
  /** 'skip': the course never shows hover labels (the SVG overlay carries the meaning). */
  readonly hoverinfo?: 'skip' | 'none';
  readonly showlegend?: boolean;
}

/** What contour and heatmap traces share: z over the x × y grid, coloured by a scale. */
interface GridTraceBase extends TraceBase {
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly z: Grid;
  readonly zmin?: number;
  readonly zmax?: number;
  readonly colorscale?: ColorScale;
  readonly showscale?: boolean;
}

/** Filled or line contours of z over the x × y grid. */
export interface ContourTrace extends GridTraceBase {
  readonly type: 'contour';
  readonly ncontours?: number;
  readonly connectgaps?: boolean;
  readonly line?: { readonly width?: number; readonly color?: string };
  readonly contours?: {
    readonly coloring?: 'fill' | 'heatmap' | 'lines' | 'none';
    readonly showlines?: boolean;
  };
}

/** Coloured cells of z over the x × y grid. */
export interface HeatmapTrace extends GridTraceBase {
  readonly type: 'heatmap';
}

/** Lines or markers through points. */
export interface ScatterTrace extends TraceBase {
  readonly type: 'scatter';
  readonly mode?: 'lines' | 'markers' | 'lines+markers';
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly line?: {
    readonly color?: string;
    readonly width?: number;
    readonly dash?: 'solid' | 'dot' | 'dash';
  };
}

/** One trace of the three types the course's Plotly bundle registers (plotly-bundle.ts). */
export type PlotTrace = ContourTrace | HeatmapTrace | ScatterTrace;

/** Layout a figure may add over Plot's defaults (axes and margins are Plot's own). */
export interface PlotLayout {
  /** The plot area's background: shows through null cells of a heatmap. */
  readonly plot_bgcolor?: string;
}
