'use client';

import { useMemo, useState, type ReactNode } from 'react';
import {
  betaSweep,
  stepsForBeta,
  sweepView,
  type BetaSweep as Sweep,
  type SweepOutcome,
} from '@/lib/plot/beta-sweep';
import { pathThrough, toPixelX, toPixelY, type PlotGeometry } from '@/lib/plot/geometry';
import { fixed, powerOfTen } from '@/lib/plot/format';
import { clampToHundredths } from '@/lib/plot/snap';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { usePlotColors } from '@/components/plot/useTheme';
import { PlotAreaClip } from './PlotAreaClip';
import { defaultStart } from './runs';
import { useObjective } from './useObjective';
import { FigurePending, FigureProblem, FigureShell } from '@/components/figure/FigureShell';
import { FigurePanel } from '@/components/figure/FigurePanel';
import { LevelLine, RingedDot } from '@/components/figure/marks';
import { Legend, LegendMark } from '@/components/figure/Legend';
import { DRAG_HANDLE_STYLE, useSvgDrag } from '@/components/figure/useSvgDrag';
import { SurfaceNotice } from './RunLegend';
import { withWidgetBoundary } from './WidgetBoundary';
import { RangeControl } from '@/components/notebook/RangeControl';
import { LegendLine } from './LegendLine';
import type { LessonProps } from '@/components/mdx/lesson-props';

/** The props a lesson may give it, inferred from its schema (lib/content/props). */
export type BetaSweepProps = LessonProps<'BetaSweep'>;

const BETA_MAX = 0.99;

export const BetaSweep = withWidgetBoundary('Steps to converge against β', BetaSweepInner);

function BetaSweepInner({
  alpha = 'alpha',
  beta = 'beta',
  start = 'start',
  defaultAlpha = 1.5,
  defaultBeta = 0.6,
  tol = 1e-6,
  maxSteps = 500,
  samples = 100,
  caption,
  id,
  ...objectiveProps
}: BetaSweepProps) {
  const surface = useObjective(objectiveProps);
  const objective = surface.objective;
  const [lr] = useBinding<number>(alpha, defaultAlpha);
  const [boundBeta, setBoundBeta, betaBound] = useBinding<number>(beta, defaultBeta);
  const [localBeta, setLocalBeta] = useState(defaultBeta);
  const momentum = betaBound ? boundBeta : localBeta;
  const setMomentum = (b: number) => {
    const snapped = clampToHundredths(b, [0, BETA_MAX]);
    if (betaBound) setBoundBeta(snapped);
    else setLocalBeta(snapped);
  };
  const fallbackStart = useMemo(
    () => (objective ? defaultStart(objective) : ([0, 0] as const)),
    [objective],
  );
  const [w0] = useBinding<readonly [number, number]>(start, fallbackStart);

  // The whole sweep (100 runs of ≤ maxSteps steps) takes a few ms: recomputed only when α,
  // the objective or the start change, never while β alone moves.
  const sweep = useMemo(
    () =>
      objective
        ? betaSweep(objective, w0, { lr, tol, maxSteps, samples, betaMax: BETA_MAX })
        : null,
    [objective, w0, lr, tol, maxSteps, samples],
  );
  const current = useMemo<SweepOutcome | null>(
    () => (objective ? stepsForBeta(objective, w0, momentum, { lr, tol, maxSteps }) : null),
    [objective, w0, momentum, lr, tol, maxSteps],
  );
  const view = useMemo(
    () =>
      objective && sweep && current
        ? sweepView(objective, w0, sweep, current, { lr, beta: momentum, tol, maxSteps })
        : null,
    [objective, w0, sweep, current, lr, momentum, tol, maxSteps],
  );

  if (!objective || !sweep || !current || !view) return <FigurePending surface={surface} />;
  const quad = view.theory;
  if (view.problem) return <FigureProblem id={id} problem={view.problem} caption={caption} />;
  const currentText = current.reached
    ? `${current.steps} steps`
    : current.reason === 'diverged'
      ? 'diverges'
      : `not within ${maxSteps} steps`;

  return (
    <FigureShell
      id={id}
      legend={
        <>
          <SurfaceNotice surface={surface} />
          <SweepLegend quadratic={!!quad} critical={quad?.critical != null} tol={tol} />
        </>
      }
      controls={
        <RangeControl
          label="Current β"
          value={momentum}
          min={0}
          max={BETA_MAX}
          step={0.01}
          valueText={`β = ${fixed(momentum, 2)}: ${currentText}`}
          onChange={setMomentum}
        />
      }
      live={view.sentence}
      caption={caption}
    >
      <SweepPanel
        sweep={sweep}
        beta={momentum}
        current={current}
        maxSteps={maxSteps}
        optimalBeta={quad?.optimal.beta ?? null}
        criticalBeta={quad?.critical ?? null}
        theory={quad?.theory ?? null}
        onBeta={setMomentum}
      />
    </FigureShell>
  );
}

function SweepLegend({
  quadratic,
  critical,
  tol,
}: {
  quadratic: boolean;
  critical: boolean;
  tol: number;
}) {
  const colors = usePlotColors();
  return (
    <Legend>
      <li>
        <LegendLine color={colors.momentum} />
        steps until the loss stays below {powerOfTen(tol)} of its start
      </li>
      {quadratic && (
        <li>
          <LegendLine color={colors.muted} dash="5 4" />
          theory log(1/ε) / (−2 log rate)
        </li>
      )}
      <li>
        <LegendMark>
          <path d="M3 1 L11 9 M11 1 L3 9" stroke={colors.gd} strokeWidth="2" />
        </LegendMark>
        diverges
      </li>
      <li>
        <LegendMark>
          <circle cx="7" cy="5" r="3.5" fill="none" stroke={colors.muted} strokeWidth="1.5" />
        </LegendMark>
        not settled within the budget
      </li>
      {quadratic && (
        <li>
          <LegendLine color={colors.nesterov} dash="6 3" />
          β* (Polyak)
        </li>
      )}
      {critical && (
        <li>
          <LegendLine color={colors.adam} dash="2 3" />β<sub>c</sub> critical damping (shallow
          direction)
        </li>
      )}
    </Legend>
  );
}

function SweepPanel({
  sweep,
  beta,
  current,
  maxSteps,
  optimalBeta,
  criticalBeta: betaC,
  theory,
  onBeta,
}: {
  sweep: Sweep;
  beta: number;
  current: SweepOutcome;
  maxSteps: number;
  optimalBeta: number | null;
  criticalBeta: number | null;
  theory: number[] | null;
  onBeta: (beta: number) => void;
}) {
  const colors = usePlotColors();
  const top = maxSteps * 1.14;
  const missY = maxSteps * 1.07;

  const overlay = (g: PlotGeometry) => {
    const bx = toPixelX(g, beta);
    const budgetY = toPixelY(g, maxSteps);
    const vertical = (
      b: number,
      color: string,
      dash: string,
      label: ReactNode,
      key: string,
      row: number,
    ) => {
      const px = toPixelX(g, b);
      const rightSide = px < g.left + g.width - 40;
      return (
        <g key={key}>
          <line
            x1={px}
            x2={px}
            y1={g.top}
            y2={g.top + g.height}
            stroke={color}
            strokeWidth={1.75}
            strokeDasharray={dash}
          />
          <text
            x={px + (rightSide ? 4 : -4)}
            y={budgetY + 16 + row * 15}
            fill={color}
            fontSize={12}
            textAnchor={rightSide ? 'start' : 'end'}
            fontWeight={600}
          >
            {label}
          </text>
        </g>
      );
    };
    return (
      <>
        <PlotAreaClip geometry={g}>
          <LevelLine geometry={g} at={maxSteps} color={colors.muted} dash="1 4" />
          <text x={g.left + 4} y={budgetY - 5} fill={colors.muted} fontSize={11}>
            budget: {maxSteps} steps
          </text>
          {theory && (
            <path
              d={pathThrough(
                g,
                theory.length,
                (j) => sweep.betas[j],
                (j) => theory[j],
              )}
              fill="none"
              stroke={colors.muted}
              strokeWidth={1.5}
              strokeDasharray="5 4"
            />
          )}
          <path
            d={pathThrough(
              g,
              sweep.betas.length,
              (j) => sweep.betas[j],
              (j) => sweep.steps[j],
            )}
            fill="none"
            stroke={colors.momentum}
            strokeWidth={2.25}
            strokeLinejoin="round"
          />
          {sweep.missed.map((why, j) => {
            if (!why) return null;
            const px = toPixelX(g, sweep.betas[j]);
            const py = toPixelY(g, maxSteps * 1.07);
            return why === 'diverged' ? (
              <path
                key={j}
                d={`M${px - 3} ${py - 3}L${px + 3} ${py + 3}M${px + 3} ${py - 3}L${px - 3} ${py + 3}`}
                stroke={colors.gd}
                strokeWidth={1.5}
              />
            ) : (
              <circle
                key={j}
                cx={px}
                cy={py}
                r={2.75}
                fill="none"
                stroke={colors.muted}
                strokeWidth={1.25}
              />
            );
          })}
          {optimalBeta !== null &&
            vertical(optimalBeta, colors.nesterov, '6 3', 'β*', 'optimal', 0)}
          {betaC !== null &&
            vertical(
              betaC,
              colors.adam,
              '2 3',
              <>
                β
                <tspan fontSize={9} dy={3}>
                  c
                </tspan>
              </>,
              'critical',
              1,
            )}
          <line
            x1={bx}
            x2={bx}
            y1={g.top}
            y2={g.top + g.height}
            stroke={colors.fg}
            strokeWidth={2}
          />
          <RingedDot
            cx={bx}
            cy={toPixelY(g, current.reached ? current.steps : missY)}
            r={5}
            fill={colors.fg}
          />
        </PlotAreaClip>
        <BetaHandle geometry={g} beta={beta} color={colors.fg} onBeta={onBeta} />
      </>
    );
  };

  return (
    <FigurePanel
      x={{ range: [0, 1], title: 'β (momentum)' }}
      y={{ range: [0, top], title: 'steps to tolerance' }}
      aspect={0.62}
      overlay={overlay}
      label="Steps to reach the tolerance against the momentum β"
    />
  );
}

/** The current-β line, draggable sideways with a mouse, a pen or a finger (the range input is the keyboard way). */
function BetaHandle({
  geometry,
  beta,
  color,
  onBeta,
}: {
  geometry: PlotGeometry;
  beta: number;
  color: string;
  onBeta: (b: number) => void;
}) {
  const { handlers } = useSvgDrag(geometry, { onDrag: ([b]) => onBeta(b) });
  const px = toPixelX(geometry, beta);
  return (
    <g
      className="handle"
      data-testid="beta-handle"
      style={{ ...DRAG_HANDLE_STYLE, cursor: 'ew-resize' }}
      {...handlers}
    >
      <rect x={px - 12} y={geometry.top} width={24} height={geometry.height} fill="transparent" />
      <rect x={px - 5} y={geometry.top + 2} width={10} height={20} rx={3} fill={color} />
    </g>
  );
}
