'use client';

import { useMemo, useState } from 'react';
import { optimalMomentum } from '@/lib/optim';
import { fixed } from '@/lib/plot/format';
import { pathThrough, toPixelX, toPixelY, type PlotGeometry } from '@/lib/plot/geometry';
import { RATE_MAP_COLORS } from '@/lib/plot/palette';
import { clampToHundredths } from '@/lib/plot/snap';
import {
  bowlSpectrum,
  describeRateMap,
  formatSteps,
  RATE_MAP_ALPHA,
  RATE_MAP_BETA,
  rateHeatmap,
  rateLegendTicks,
  rateMapBoundaries,
  rateReadout,
  type RateHeatmap,
} from '@/lib/plot/rate-heatmap';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { PLOT_COLORS, useTheme, type Theme } from '@/components/plot/useTheme';
import { MomentumControl, StepSizeControl } from '@/components/figure/Controls';
import { FigureShell } from '@/components/figure/FigureShell';
import { haloText } from '@/components/figure/halo';
import { Legend, Swatch } from '@/components/figure/Legend';
import { DragHandleDot } from '@/components/figure/marks';
import { DRAG_HANDLE_STYLE, useSvgDrag, type DataPoint } from '@/components/figure/useSvgDrag';
import { PlotAreaClip } from './PlotAreaClip';
import { withWidgetBoundary } from './WidgetBoundary';
import { RangeControl } from '@/components/notebook/RangeControl';
import { LegendLine } from './LegendLine';
import type { LessonProps } from '@/components/mdx/lesson-props';
import type { HeatmapTrace } from '@/components/plot/plotly-types';

/** The props a lesson may give it, inferred from its schema (lib/content/props). */
export type RateMapProps = LessonProps<'RateMap'>;

export const RateMap = withWidgetBoundary('Convergence rate over α and β', RateMapInner);

/** The lessons' start on the bowl, when the page binds none. */
const BOWL_START: [number, number] = [-3.5, 1.5];
const clampAlpha = (a: number) => clampToHundredths(a, [0.01, RATE_MAP_ALPHA[1]]);
const clampBeta = (b: number) => clampToHundredths(b, [0, 0.99]);

function RateMapInner({
  kappa: kappaName = 'kappa',
  defaultKappa = 20,
  alpha: alphaName = 'alpha',
  beta: betaName = 'beta',
  defaultAlpha = 1.5,
  defaultBeta = 0.6,
  start: startName = 'start',
  defaultStart = BOWL_START,
  caption,
  id,
}: RateMapProps) {
  const theme = useTheme();
  const colors = PLOT_COLORS[theme];
  const [kappaValue, setKappa] = useBinding<number>(kappaName, defaultKappa);
  const [alpha, setAlpha] = useBinding<number>(alphaName, defaultAlpha);
  const [beta, setBeta] = useBinding<number>(betaName, defaultBeta);
  const [start] = useBinding<readonly [number, number]>(startName, defaultStart);
  const kappa = Math.max(1, kappaValue);

  // The heatmap is the expensive part: rebuilt only when κ changes, never during a drag.
  const heatmap = useMemo(() => rateHeatmap(kappa), [kappa]);
  const traces = useMemo(() => [heatmapTrace(heatmap, theme)], [heatmap, theme]);
  const layout = useMemo(() => ({ plot_bgcolor: RATE_MAP_COLORS[theme].diverges }), [theme]);
  const boundaries = useMemo(() => rateMapBoundaries(kappa), [kappa]);
  const best = useMemo(() => {
    const { lambdaMin, lambdaMax } = bowlSpectrum(kappa);
    return optimalMomentum(lambdaMin, lambdaMax);
  }, [kappa]);

  const sentence = describeRateMap(alpha, beta, kappa, { start, level: 1e-6, budget: 2000 });
  const move = (a: number, b: number) => {
    setAlpha(clampAlpha(a));
    setBeta(clampBeta(b));
  };

  const overlay = (g: PlotGeometry) => (
    <RateOverlay
      geometry={g}
      kappa={kappa}
      alpha={alpha}
      beta={beta}
      best={best}
      boundaries={boundaries}
      fg={colors.fg}
      halo={colors.halo}
      bestColor={colors.gd}
      onMove={move}
    />
  );

  return (
    <FigureShell
      className="rate-map"
      id={id}
      plot={{
        traces,
        x: { range: RATE_MAP_ALPHA, title: 'step size α' },
        y: { range: RATE_MAP_BETA, title: 'momentum β' },
        layout,
        aspect: 0.7,
        overlay,
        label: 'Convergence rate of momentum over step size and momentum',
      }}
      legend={
        <>
          <ColourKey ticks={rateLegendTicks(heatmap)} theme={theme} />
          <Legend>
            <li>
              <Swatch color={RATE_MAP_COLORS[theme].diverges} style={{ height: '0.8rem' }} />
              diverges
            </li>
            <li>
              <LegendLine color={colors.fg} /> stability limit αλmax = 2 + 2β
            </li>
            <li>
              <LegendLine color={colors.fg} dash="4 3" /> ringing starts (complex roots)
            </li>
            <li>
              <span style={{ color: colors.gd, marginRight: '0.35rem' }} aria-hidden="true">
                ◆
              </span>
              best (α*, β*)
            </li>
          </Legend>
        </>
      }
      controls={
        <>
          <StepSizeControl
            value={alpha}
            max={RATE_MAP_ALPHA[1]}
            onChange={(v) => setAlpha(clampAlpha(v))}
          />
          <MomentumControl value={beta} onChange={(v) => setBeta(clampBeta(v))} />
          <RangeControl
            label="κ"
            ariaLabel="κ (condition number)"
            value={kappa}
            min={1}
            max={200}
            step={1}
            digits={0}
            onChange={setKappa}
          />
          <button type="button" className="button" onClick={() => move(best.lr, best.beta)}>
            Go to the best (α*, β*)
          </button>
        </>
      }
      live={sentence}
      caption={caption}
    />
  );
}

/** The colour key under the map: steps to shrink the error tenfold, strongest to palest. */
function ColourKey({ ticks, theme }: { ticks: ReturnType<typeof rateLegendTicks>; theme: Theme }) {
  const gradient = `linear-gradient(to right, ${RATE_MAP_COLORS[theme].stops.map(([f, c]) => `${c} ${f * 100}%`).join(', ')})`;
  return (
    <div style={KEY.box}>
      <span>Colour: steps to shrink the error 10×</span>
      <span style={{ ...KEY.bar, background: gradient }} aria-hidden="true" />
      <span style={KEY.ticks} aria-hidden="true">
        {ticks.map((t) => (
          <span
            key={t.fraction}
            style={{
              ...KEY.tick,
              left: `${t.fraction * 100}%`,
              transform: `translateX(-${t.fraction * 100}%)`,
            }}
          >
            {t.fraction === 1 ? '≥ ' : ''}
            {formatSteps(t.steps)}
          </span>
        ))}
      </span>
      <span className="visually-hidden">
        : from {formatSteps(ticks[0].steps)} in the strongest colour to{' '}
        {formatSteps(ticks[ticks.length - 1].steps)} or more in the palest; grey means the run
        diverges.
      </span>
    </div>
  );
}

/** The colour key's layout (inline: it belongs to this figure only). */
const KEY = {
  box: {
    display: 'grid',
    gap: '0.2rem',
    maxWidth: '20rem',
    margin: '0.5rem 0 0',
    fontSize: '0.85rem',
  },
  bar: {
    display: 'block',
    height: '0.6rem',
    borderRadius: '3px',
    border: '1px solid var(--border)',
  },
  ticks: {
    position: 'relative',
    display: 'block',
    height: '1.1rem',
    fontFamily: 'var(--font-mono)',
    color: 'var(--fg-muted)',
  },
  tick: { position: 'absolute', top: 0, whiteSpace: 'nowrap' },
} as const;

function heatmapTrace(heatmap: RateHeatmap, theme: Theme): HeatmapTrace {
  return {
    type: 'heatmap',
    x: heatmap.x,
    y: heatmap.y,
    z: heatmap.z,
    zmin: 0,
    zmax: 2,
    colorscale: RATE_MAP_COLORS[theme].stops,
    showscale: false,
    hoverinfo: 'skip',
  };
}
function RateOverlay({
  geometry,
  kappa,
  alpha,
  beta,
  best,
  boundaries,
  fg,
  halo,
  bestColor,
  onMove,
}: {
  geometry: PlotGeometry;
  kappa: number;
  alpha: number;
  beta: number;
  best: { lr: number; beta: number; rate: number };
  boundaries: ReturnType<typeof rateMapBoundaries>;
  fg: string;
  /** The figure's background: the outline of its text and of the best-point marker. */
  halo: string;
  bestColor: string;
  onMove: (alpha: number, beta: number) => void;
}) {
  const [hover, setHover] = useState<DataPoint | null>(null);
  const g = geometry;
  const line = (c: { alphas: number[]; betas: number[] }) =>
    pathThrough(
      g,
      c.alphas.length,
      (i) => c.alphas[i],
      (i) => c.betas[i],
    );
  const { dragging, handlers } = useSvgDrag(g, {
    onDrag: ([a, b]) => onMove(a, b),
    onHover: setHover,
    // A finger on the map scrolls the page; only the marker itself is dragged by touch.
    accepts: (event) =>
      event.pointerType !== 'touch' ||
      !!(event.target as Element).closest?.('[data-testid="rate-marker"]'),
  });

  const mx = toPixelX(g, alpha);
  const my = toPixelY(g, beta);
  const bx = toPixelX(g, best.lr);
  const by = toPixelY(g, best.beta);
  const rate = rateReadout(alpha, beta, kappa);
  const hoverRate = hover
    ? rateReadout(Math.max(0, hover[0]), Math.min(0.999, Math.max(0, hover[1])), kappa)
    : null;
  const textHalo = haloText(halo);
  const labelLeft = mx > g.left + g.width * 0.7;
  const labelBelow = my < g.top + 24;
  return (
    <>
      <PlotAreaClip geometry={g} slackX={0}>
        <g fill="none" stroke={fg}>
          <path d={line(boundaries.stability)} strokeWidth={2} data-boundary="stability" />
          <path
            d={line(boundaries.ringingStart)}
            strokeWidth={1.5}
            strokeDasharray="6 4"
            data-boundary="ringing"
          />
          <path
            d={line(boundaries.ringingEnd)}
            strokeWidth={1.5}
            strokeDasharray="6 4"
            data-boundary="ringing-end"
          />
        </g>
      </PlotAreaClip>
      <text
        x={toPixelX(g, 3.55)}
        y={toPixelY(g, 0.12)}
        textAnchor="middle"
        fontSize={12}
        fill={fg}
        {...textHalo}
      >
        diverges
      </text>
      <g data-testid="best-point">
        <polygon
          points={`${bx},${by - 8} ${bx + 8},${by} ${bx},${by + 8} ${bx - 8},${by}`}
          fill={bestColor}
          stroke={halo}
          strokeWidth={1.5}
        />
      </g>
      <g className="rate-map-drag" style={{ pointerEvents: 'all' }} {...handlers}>
        <rect x={g.left} y={g.top} width={g.width} height={g.height} fill="transparent" />
        {hover && hoverRate && !dragging && (
          <g pointerEvents="none">
            <circle cx={toPixelX(g, hover[0])} cy={toPixelY(g, hover[1])} r={3} fill={fg} />
            <text
              x={toPixelX(g, hover[0]) + 8}
              y={toPixelY(g, hover[1]) - 8}
              fontSize={12}
              fill={fg}
              textAnchor={toPixelX(g, hover[0]) > g.left + g.width * 0.7 ? 'end' : 'start'}
              {...textHalo}
            >
              {hoverRate.diverges ? 'diverges' : `rate ${fixed(hoverRate.rate, 3)}`}
            </text>
          </g>
        )}
        <g className="handle" data-testid="rate-marker" style={DRAG_HANDLE_STYLE}>
          <DragHandleDot cx={mx} cy={my} />
        </g>
        <text
          x={labelLeft ? mx - 12 : mx + 12}
          y={labelBelow ? my + 20 : my - 10}
          textAnchor={labelLeft ? 'end' : 'start'}
          fontSize={13}
          fontWeight={600}
          fill={fg}
          pointerEvents="none"
          {...textHalo}
          data-testid="rate-readout"
        >
          {rate.diverges ? `diverges (${fixed(rate.rate, 2)})` : `rate ${fixed(rate.rate, 2)}`}
        </text>
      </g>
    </>
  );
}
