'use client';

import { useMemo, useState } from 'react';
import {
  describeEma,
  describeWeights,
  EMA_SIGNALS,
  emaFacts,
  emaView,
  formatWindow,
  signalRange,
  weightAxisTicks,
  type EmaSignal,
  type EmaView,
} from '@/lib/plot/ema-explorer';
import { fixed } from '@/lib/plot/format';
import {
  barsThrough,
  dotsThrough,
  pathThrough,
  stemsThrough,
  toPixelX,
  toPixelY,
  type PlotGeometry,
} from '@/lib/plot/geometry';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { usePlotColors } from '@/components/plot/useTheme';
import { CheckboxControl, MomentumControl, SelectControl } from '@/components/figure/Controls';
import { FigureShell } from '@/components/figure/FigureShell';
import { FigurePanel } from '@/components/figure/FigurePanel';
import { haloText } from '@/components/figure/halo';
import { LevelLine, OverlayYTicks } from '@/components/figure/marks';
import { Legend, Swatch } from '@/components/figure/Legend';
import { PlotAreaClip } from './PlotAreaClip';
import { withWidgetBoundary } from './WidgetBoundary';
import type { LessonProps } from '@/components/mdx/lesson-props';
import type { PlotColors } from '@/lib/plot/palette';

/** The props a lesson may give it, inferred from its schema (lib/content/props). */
export type EmaExplorerProps = LessonProps<'EmaExplorer'>;

const SIGNAL_OPTIONS = EMA_SIGNALS.map((s) => ({ value: s.id, label: s.label }));

export const EmaExplorer = withWidgetBoundary(
  'The moving average of past gradients',
  EmaExplorerInner,
);

function EmaExplorerInner({
  beta: betaName = 'beta',
  defaultBeta = 0.9,
  signal: initialSignal = 'alternating',
  steps = 40,
  biasCorrection: initialCorrection = false,
  caption,
  id,
}: EmaExplorerProps) {
  const colors = usePlotColors();
  const [beta, setBeta] = useBinding<number>(betaName, defaultBeta);
  const [signal, setSignal] = useState<EmaSignal>(initialSignal);
  const [corrected, setCorrected] = useState(initialCorrection);
  const b = Math.min(0.999, Math.max(0, beta));
  const n = Math.max(2, Math.min(200, Math.floor(steps)));

  const view = useMemo(() => emaView(signal, b, n, corrected), [signal, b, n, corrected]);
  const facts = emaFacts(b);
  const sentence = describeEma(b, signal, corrected, n);

  return (
    <FigureShell
      className="ema-explorer"
      id={id}
      controls={
        <>
          <MomentumControl
            value={b}
            valueText={`β = ${fixed(b, 2)}, window about ${formatWindow(facts.window)} steps`}
            onChange={setBeta}
          />
          <SelectControl
            label="Input"
            value={signal}
            options={SIGNAL_OPTIONS}
            onChange={setSignal}
          />
          <CheckboxControl
            label="Bias correction (divide by 1 − βᵏ)"
            checked={corrected}
            onChange={setCorrected}
          />
        </>
      }
      live={sentence}
      caption={caption}
    >
      <FigurePanel
        x={{ range: [0.5, n + 0.5], title: 'step k' }}
        y={{ range: signalRange(signal), title: 'gₖ and vₖ' }}
        aspect={0.5}
        overlay={(g) => <SignalOverlay geometry={g} view={view} colors={colors} />}
        label="Gradients and their moving average"
      />
      {/* The legend names the top panel's series, so it sits right under it. */}
      <Legend>
        <li>
          <Swatch color={colors.gd} />
          gradient gₖ
        </li>
        <li>
          <Swatch color={colors.momentum} />
          average vₖ{corrected ? ' (bias-corrected)' : ''}
        </li>
      </Legend>
      <FigurePanel
        x={{ range: [-0.6, n - 0.4], title: 'steps ago j' }}
        y={{ range: [0, 1], title: 'weight', ticks: 'overlay' }}
        aspect={0.4}
        overlay={(g) => <WeightsOverlay geometry={g} view={view} colors={colors} />}
        label="Weight of each past gradient in the average"
        description={describeWeights(view)}
      />
    </FigureShell>
  );
}

/** The overlays' props: where to draw, what, and the theme's colours. */
interface OverlayProps {
  geometry: PlotGeometry;
  view: EmaView;
  colors: PlotColors;
}

/**
 * The top panel: each input gₖ as a stem and dot, and their average vₖ as a line with dots. Each
 * series is one path (lib/plot geometry), so a β drag updates a handful of attributes per
 * figure, not a hundred and twenty elements.
 */
function SignalOverlay({ geometry, view, colors }: OverlayProps) {
  const gradientColor = colors.gd;
  const averageColor = colors.momentum;
  const n = view.g.length;
  const radius = geometry.width / n > 8 ? 3 : 2;
  const step = (i: number) => i + 1;
  const gradient = (i: number) => view.g[i];
  const average = (i: number) => view.v[i];
  return (
    <PlotAreaClip geometry={geometry} slackX={0}>
      <LevelLine geometry={geometry} at={0} color={colors.muted} width={1} />
      <g data-series="gradients" stroke={gradientColor} fill={gradientColor}>
        <path d={stemsThrough(geometry, n, step, gradient)} strokeWidth={1} opacity={0.6} />
        <path d={dotsThrough(geometry, n, step, gradient, radius)} />
      </g>
      <g data-series="average">
        <path
          d={pathThrough(
            geometry,
            n + 1,
            (k) => k,
            (k) => (k === 0 ? 0 : view.v[k - 1]),
          )}
          fill="none"
          stroke={averageColor}
          strokeWidth={2.5}
          strokeLinejoin="round"
        />
        <path d={dotsThrough(geometry, n, step, average, radius)} fill={averageColor} />
      </g>
    </PlotAreaClip>
  );
}

/** The bottom panel: the weight of each past gradient as a bar, and the window marked. */
function WeightsOverlay({ geometry: plotArea, view, colors }: OverlayProps) {
  // The scale follows β (lib/plot weightAxisTop) and is drawn here with its ticks, so a new
  // scale during a drag redraws a few SVG lines, not the plot's axes.
  const top = view.weightTop;
  const geometry: PlotGeometry = { ...plotArea, y: { range: [0, top] } };
  const barColor = colors.momentum;
  const markColor = colors.fg;
  const n = view.weights.length;
  const unit = geometry.width / (geometry.x.range[1] - geometry.x.range[0]);
  const barWidth = Math.max(1, unit * 0.7);
  const base = toPixelY(geometry, 0);
  const inside = view.window <= n - 1;
  const markX = toPixelX(geometry, Math.min(view.window, n - 0.4));
  const label = `window 1/(1−β) ≈ ${formatWindow(view.window)}${inside ? '' : ' →'}`;
  // Keep the label on the plot: to the left of the mark when it sits in the right half.
  const rightHalf = markX > geometry.left + geometry.width / 2;
  return (
    <>
      <OverlayYTicks geometry={geometry} ticks={weightAxisTicks(top)} />
      <PlotAreaClip geometry={geometry} slackX={0}>
        <g data-series="weights" fill={barColor}>
          <path
            d={barsThrough(
              geometry,
              n,
              (j) => j,
              (j) => view.weights[j],
              barWidth,
            )}
            opacity={0.75}
          />
        </g>
      </PlotAreaClip>
      <g data-series="window" stroke={markColor} fill={markColor}>
        <line
          x1={markX}
          x2={markX}
          y1={geometry.top}
          y2={base}
          strokeDasharray="5 4"
          strokeWidth={1.5}
        />
        <text
          x={rightHalf ? markX - 6 : markX + 6}
          y={geometry.top + 14}
          textAnchor={rightHalf ? 'end' : 'start'}
          fontSize={12}
          {...haloText(colors.halo)}
        >
          {label}
        </text>
      </g>
    </>
  );
}
