// The course's custom Plotly bundle: core + the three trace types the lessons draw (about a
// quarter of the full bundle). Imported lazily by Plot.tsx only; nothing else touches Plotly.
import Plotly from 'plotly.js/lib/core';
import contour from 'plotly.js/lib/contour';
import heatmap from 'plotly.js/lib/heatmap';
import scatter from 'plotly.js/lib/scatter';

Plotly.register([scatter, contour, heatmap]);

/** The three calls the course makes, typed loosely: traces are built in lib/plot. */
export interface PlotlyApi {
  react(el: HTMLElement, data: unknown[], layout: unknown, config: unknown): Promise<unknown>;
  purge(el: HTMLElement): void;
}

export default Plotly as unknown as PlotlyApi;
