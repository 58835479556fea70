'use client';

import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type RefObject,
} from 'react';
import type { AxisSpec, PlotGeometry } from '@/lib/plot/geometry';
import type { PlotLayout, PlotTrace } from './plotly-types';
import { PLOT_COLORS, useTheme } from './useTheme';

export type PlotAxis = AxisSpec & { title: string; ticks?: 'plotly' | 'overlay' };

export interface PlotProps {
  /** Plotly traces for what changes rarely (contours, heatmaps, static curves). */
  traces: readonly PlotTrace[];
  /**
   * Fixed axes: teaching plots never zoom, so data→pixel mapping stays exact. An axis whose
   * `ticks` are 'overlay' has its title from Plotly but its ticks and grid from the overlay
   * (a scale that follows a slider, redrawn without redrawing the plot).
   */
  x: PlotAxis;
  y: PlotAxis;
  /** Height / width of the frame; the frame is sized before Plotly loads, so nothing jumps. */
  aspect?: number;
  /** Extra Plotly layout (a typed subset); merged over the defaults. */
  layout?: PlotLayout;
  /** Draws what moves, in pixels, over the plot area: called with the current geometry. */
  overlay?: (geometry: PlotGeometry) => ReactNode;
  /** A short, live description of what the figure shows, for screen readers. */
  description: string;
  /** Accessible name of the figure. */
  label: string;
}

const MARGIN = { l: 64, r: 16, t: 12, b: 48 };
/** Pixels between the plot area and an axis title whose ticks the overlay draws. */
const OVERLAY_TITLE_STANDOFF = 30;

/**
 * How far ahead of the viewport a figure starts loading Plotly (about 380 KB gzipped) once the
 * reader scrolls: far enough that a reader scrolling at reading pace finds it drawn. Before the
 * first scroll only figures actually on screen load it, so a page whose figures start below the
 * fold is idle before Plotly is fetched (issue 17's weight budget).
 */
const AHEAD = '400px 0px';

/**
 * The only component that talks to Plotly. Plotly draws axes and slow-changing traces with at
 * most one `Plotly.react` per animation frame; an SVG overlay draws everything that follows a
 * drag, because redrawing the plot on every pointer event drops most frames.
 */
export function Plot({
  traces,
  x,
  y,
  aspect = 0.75,
  layout,
  overlay,
  description,
  label,
}: PlotProps) {
  const host = useRef<HTMLDivElement>(null);
  // Only the pixel box is state; the axes come from the current props, so the overlay is
  // aligned with the data it draws even in the frame before Plotly has redrawn its axes.
  const [box, setBox] = useState<PlotBox | null>(null);
  const axesKey = JSON.stringify([x, y]);
  // The same object while the box and the axes' values stay the same (the axes are usually new
  // literals each render), so a memoised overlay skips renders that change nothing it draws.
  const geometry = useMemo<PlotGeometry | null>(
    () => (box ? { ...box, x, y } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- x and y are keyed by value
    [box, axesKey],
  );
  const [failed, setFailed] = useState<string | null>(null);
  const theme = useTheme();
  const frame = useRef(0);
  // What the next animation frame draws: the props of the last commit (written after render,
  // never during it, so a render React throws away cannot leak into the drawing).
  const latest = useRef({ traces, x, y, layout, theme });
  useLayoutEffect(() => {
    latest.current = { traces, x, y, layout, theme };
  });

  const [drawn, setDrawn] = useState(false);
  const drawnOnce = useRef(false);
  const near = useNearViewport(host);
  const onScreen = useWithinScreen(host);

  // The overlay needs only the frame's size, not Plotly: draw it as soon as the page hydrates.
  useEffect(() => {
    const el = host.current;
    if (el) setBox(measure(el));
  }, []);

  // Plotly is fetched once a figure nears the viewport (or takes focus), and fetched at once
  // then rather than after the next animation frame.
  useEffect(() => {
    if (near) import('./plotly-bundle').catch(() => {});
  }, [near]);

  useEffect(() => {
    const el = host.current;
    // A figure far off screen keeps its last drawing: a slider bound to it (lesson 2 has four
    // figures on one β) would otherwise redraw Plotly's axes for figures nobody sees. It catches
    // up with the latest props as it comes back within a screen of view.
    if (!el || !near || (drawnOnce.current && !onScreen)) return;
    let cancelled = false;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(async () => {
      try {
        const { default: Plotly } = await import('./plotly-bundle');
        if (cancelled) return;
        const { traces: t, x: xa, y: ya, layout: extra, theme: th } = latest.current;
        const colors = PLOT_COLORS[th];
        const axis = (a: PlotAxis) => ({
          range: a.log ? [Math.log10(a.range[0]), Math.log10(a.range[1])] : [...a.range],
          type: a.log ? 'log' : 'linear',
          title: { text: a.title, font: { size: 13 } },
          fixedrange: true,
          zeroline: false,
          gridcolor: colors.grid,
          linecolor: colors.muted,
          tickcolor: colors.muted,
          automargin: false,
          exponentformat: 'power',
          // Ticks drawn by the overlay: Plotly keeps only the title, as far out as tick labels
          // would have put it.
          ...(a.ticks === 'overlay'
            ? {
                showticklabels: false,
                showgrid: false,
                ticks: '',
                title: { text: a.title, font: { size: 13 }, standoff: OVERLAY_TITLE_STANDOFF },
              }
            : {}),
        });
        await Plotly.react(
          el,
          t as unknown[],
          {
            margin: MARGIN,
            paper_bgcolor: 'rgba(0,0,0,0)',
            plot_bgcolor: 'rgba(0,0,0,0)',
            font: { family: 'system-ui, sans-serif', color: colors.fg, size: 12 },
            showlegend: false,
            dragmode: false,
            hovermode: false,
            xaxis: axis(xa),
            yaxis: axis(ya),
            ...extra,
          },
          {
            displaylogo: false,
            responsive: true,
            scrollZoom: false,
            modeBarButtonsToKeep: ['toImage'],
            // Plotly's default adds a button that uploads the chart to a remote server: never here.
            showSendToCloud: false,
            toImageButtonOptions: { filename: label.toLowerCase().replace(/[^a-z0-9]+/g, '-') },
          },
        );
        if (cancelled) return;
        makeAccessible(el);
        setBox(measure(el));
        drawnOnce.current = true;
        setDrawn(true);
        setFailed(null);
      } catch (error) {
        if (!cancelled) setFailed((error as Error).message);
      }
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame.current);
    };
    // Axes are compared by value: a widget may pass a fresh but equal axis object each render,
    // which must not cost a Plotly redraw.
  }, [traces, axesKey, layout, theme, label, near, onScreen]);

  // Keep the overlay aligned when the frame is resized (phone rotation, sidebar).
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      setBox((b) => (b ? measure(el) : b));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = host.current;
    return () => {
      // A figure never drawn has nothing to purge: do not fetch Plotly just to unmount it.
      if (el && near)
        import('./plotly-bundle').then(({ default: Plotly }) => Plotly.purge(el)).catch(() => {});
    };
  }, [near]);

  return (
    <div className="plot" role="group" aria-label={label}>
      <p className="visually-hidden">{description}</p>
      <div
        className="plot-frame"
        style={
          {
            '--aspect': `${1 / aspect}`,
            '--aspect-narrow': `${1 / Math.max(aspect, 0.8)}`,
          } as CSSProperties
        }
      >
        {!drawn && !failed && <div className="plot-loading">Drawing the axes…</div>}
        <div ref={host} className="plot-host" />
        {geometry && overlay && (
          <svg className="plot-overlay" aria-hidden="true">
            {overlay(geometry)}
          </svg>
        )}
        {failed && <div className="plot-loading">This figure could not be drawn: {failed}</div>}
      </div>
    </div>
  );
}

/**
 * Whether the figure should be drawn: it is on screen; or it is within AHEAD of the screen and
 * the reader has scrolled (is moving through the page); or focus has entered its figure (a
 * keyboard user tabbing to its controls). Once true it stays true. Without IntersectionObserver
 * it is true at once, so the figure is drawn as it always was.
 */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    let ahead = false;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        ahead = entry.isIntersecting;
        const box = entry.boundingClientRect;
        const onScreen = box.top < window.innerHeight && box.bottom > 0;
        if (ahead && (onScreen || window.scrollY !== 0)) setNear(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(el);
    const onScroll = () => {
      if (ahead) setNear(true);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    const figure = el.closest('figure') ?? el.parentElement;
    const onFocus = () => setNear(true);
    figure?.addEventListener('focusin', onFocus);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      figure?.removeEventListener('focusin', onFocus);
    };
  }, [ref, near]);
  return near;
}

/**
 * Whether the figure is within a screen's height of the viewport, as it changes (true where
 * IntersectionObserver is missing).
 */
function useWithinScreen(ref: RefObject<HTMLElement | null>): boolean {
  const [within, setWithin] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => setWithin(entries[entries.length - 1].isIntersecting),
      { rootMargin: '100% 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return within;
}

/**
 * Plotly's drawing is described by the text alternative, so screen readers skip its SVG layers;
 * the mode bar (image download) stays reachable: its buttons carry their own names.
 */
function makeAccessible(el: HTMLElement): void {
  el.querySelectorAll('svg.main-svg').forEach((svg) => svg.setAttribute('aria-hidden', 'true'));
}

type PlotBox = Omit<PlotGeometry, 'x' | 'y'>;

function measure(el: HTMLElement): PlotBox {
  return {
    left: MARGIN.l,
    top: MARGIN.t,
    width: Math.max(1, el.clientWidth - MARGIN.l - MARGIN.r),
    height: Math.max(1, el.clientHeight - MARGIN.t - MARGIN.b),
  };
}
