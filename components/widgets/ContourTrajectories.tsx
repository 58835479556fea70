'use client';

import { memo, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Objective, Optimizer, SimulationResult } from '@/lib/optim';
import { runStyle } from '@/lib/plot/runs';
import { contourGrid } from '@/lib/plot/contour';
import {
  dotsThrough,
  pathThrough,
  toPixelX,
  toPixelY,
  type PlotGeometry,
} from '@/lib/plot/geometry';
import { fixed } from '@/lib/plot/format';
import { clampToHundredths } from '@/lib/plot/snap';
import { PLOT_COLORS, useTheme } from '@/components/plot/useTheme';
import { contourTrace } from './contourTrace';
import { describeTrajectories } from '@/lib/plot/contour-trajectories';
import { useRunSettings } from './useRunSettings';
import type { SimulatedRun } from './useSimulatedRuns';
import { FigurePending, FigureShell } from '@/components/figure/FigureShell';
import { FigurePanel } from '@/components/figure/FigurePanel';
import { DragHandleDot, RingedDot } from '@/components/figure/marks';
import { DRAG_HANDLE_STYLE, useSvgDrag } from '@/components/figure/useSvgDrag';
import { PlotAreaClip } from './PlotAreaClip';
import { withWidgetBoundary } from './WidgetBoundary';
import { StepControl } from '@/components/figure/Controls';
import { RunLegend } from './RunLegend';
import type { LessonProps } from '@/components/mdx/lesson-props';

/** The props a lesson may give it, inferred from its schema (lib/content/props). */
export type ContourTrajectoriesProps = LessonProps<'ContourTrajectories'>;

type Run = SimulatedRun;

/**
 * A run made elsewhere, drawn instead of one the figure simulates: a challenge's run as its
 * grader makes it (noise and seed included), so the picture is the run that is graded. Not a
 * lesson prop: a page passes it from code.
 */
export interface GivenRun {
  /** The optimizer's id, for its label and colour. */
  readonly key: string;
  readonly optimizer: Optimizer<unknown>;
  readonly result: SimulationResult;
  /** The loss level the live text reports settling below (the run's own), or null for none. */
  readonly level: number | null;
}

export const ContourTrajectories = withWidgetBoundary(
  'Trajectories on the loss surface',
  ContourTrajectoriesInner,
);

function ContourTrajectoriesInner({
  startDraggable = true,
  sideBySide = false,
  arrows = false,
  caption,
  id,
  given,
  ...settings
}: ContourTrajectoriesProps & { given?: GivenRun }) {
  const {
    surface,
    objective,
    stepCount,
    w0,
    currentStart,
    setStart: moveStart,
    custom,
    simulated,
  } = useRunSettings({ defaultSteps: 40, ...settings }, { record: 'full' });
  const theme = useTheme();
  const allRuns = useMemo<Run[]>(
    () => (given ? [{ ...given, ...runStyle(given.key, PLOT_COLORS[theme]) }] : simulated),
    [given, simulated, theme],
  );
  const level = given ? given.level : 1e-6;

  const [epoch, setEpoch] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const shown = Math.min(epoch ?? stepCount, stepCount);

  // Playback stops at the last epoch (adjusted while rendering: an updater must stay pure, so
  // the tick below only advances the epoch).
  if (playing && shown >= stepCount) setPlaying(false);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setEpoch((e) => Math.min((e ?? 0) + 1, stepCount));
    }, 60);
    return () => clearInterval(timer);
  }, [playing, stepCount]);

  // A key press or drag re-renders this at once with the figure's inputs unchanged (they follow
  // in a deferred render, useRunSettings): the panels and sentences are memoised on those inputs
  // so that urgent render stays cheap, which a slow phone's frame budget needs.
  const panels = useMemo(
    () => (sideBySide ? allRuns.map((r) => [r]) : [allRuns]),
    [allRuns, sideBySide],
  );
  const descriptions = useMemo(
    () =>
      [allRuns, ...panels].map((runs) =>
        describeTrajectories(runs, shown, { level, budget: stepCount, w0 }),
      ),
    [allRuns, panels, shown, stepCount, w0, level],
  );

  if (!objective) return <FigurePending surface={surface} />;
  const view = objective.view ?? DEFAULT_VIEW;
  const description = descriptions[0];
  return (
    <FigureShell
      id={id}
      legend={<RunLegend runs={allRuns} surface={surface} ruleError={custom.error} />}
      controls={
        <>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (!playing && shown >= stepCount) setEpoch(0);
              setPlaying(!playing);
            }}
          >
            {playing ? 'Pause' : 'Play'}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setPlaying(false);
              setEpoch(Math.min(stepCount, (shown >= stepCount ? -1 : shown) + 1));
            }}
          >
            Step
          </button>
          <StepControl
            label="Epoch"
            noun="epoch"
            value={shown}
            steps={stepCount}
            onChange={(v) => {
              setPlaying(false);
              setEpoch(v);
            }}
          />
          {startDraggable && <StartPointKeys start={currentStart} view={view} onMove={moveStart} />}
        </>
      }
      live={description}
      caption={caption}
    >
      <div className={sideBySide ? 'figure-row' : undefined}>
        {panels.map((panelRuns, i) => (
          <ContourPanel
            key={panelRuns.map((r) => r.key).join('+')}
            objective={objective}
            view={view}
            runs={panelRuns}
            epoch={shown}
            arrows={arrows}
            start={w0}
            onMoveStart={startDraggable ? moveStart : undefined}
            description={descriptions[i + 1]}
            label={
              sideBySide
                ? `${panelRuns[0]?.label} on the loss surface`
                : 'Trajectories on the loss surface'
            }
          />
        ))}
      </div>
    </FigureShell>
  );
}

const DEFAULT_VIEW = { x: [-3, 3], y: [-3, 3] } as const;

/** Memoised: the figure's urgent re-render on each slider move passes the same props. */
const ContourPanel = memo(function ContourPanel({
  objective,
  view,
  runs,
  epoch,
  arrows,
  start,
  onMoveStart,
  description,
  label,
}: {
  objective: Objective;
  view: { x: readonly [number, number]; y: readonly [number, number] };
  runs: Run[];
  epoch: number;
  arrows: boolean;
  start: readonly [number, number];
  onMoveStart?: (p: readonly [number, number]) => void;
  description: string;
  label: string;
}) {
  const theme = useTheme();
  const traces = useMemo(
    () => [contourTrace(contourGrid(objective, view, 81), theme)],
    [objective, view, theme],
  );
  const aspect = Math.min(1, Math.max(0.45, (view.y[1] - view.y[0]) / (view.x[1] - view.x[0])));

  const overlay = (g: PlotGeometry) => (
    <>
      <PlotAreaClip geometry={g}>
        {runs.map((run) => (
          <RunPath key={run.key} run={run} geometry={g} epoch={epoch} arrows={arrows} />
        ))}
      </PlotAreaClip>
      {onMoveStart && <StartHandle geometry={g} start={start} view={view} onMove={onMoveStart} />}
    </>
  );
  return (
    <FigurePanel
      traces={traces}
      x={{ range: view.x, title: 'x (shallow direction)' }}
      y={{ range: view.y, title: 'y (steep direction)' }}
      aspect={aspect}
      overlay={overlay}
      description={description}
      label={label}
    />
  );
});

function RunPath({
  run,
  geometry,
  epoch,
  arrows,
}: {
  run: Run;
  geometry: PlotGeometry;
  epoch: number;
  arrows: boolean;
}) {
  const { points, grads, velocities } = run.result;
  const last = Math.min(epoch, points.length - 1);
  const d = pathThrough(
    geometry,
    last + 1,
    (k) => points.get(k, 0),
    (k) => points.get(k, 1),
  );
  const cx = toPixelX(geometry, points.get(last, 0));
  const cy = toPixelY(geometry, points.get(last, 1));
  // All the iterates as one path of tiny circles: one DOM node however many steps.
  const dots = dotsThrough(
    geometry,
    last + 1,
    (k) => points.get(k, 0),
    (k) => points.get(k, 1),
  );
  return (
    <g data-run={run.key}>
      <path d={d} fill="none" stroke={run.color} strokeWidth={2} strokeLinejoin="round" />
      <path d={dots} fill={run.color} />
      <RingedDot cx={cx} cy={cy} r={5} fill={run.color} />
      {arrows && grads && velocities && last < run.result.steps && (
        <>
          <Arrow
            geometry={geometry}
            from={[points.get(last, 0), points.get(last, 1)]}
            vector={[-grads.get(last, 0) * 0.3, -grads.get(last, 1) * 0.3]}
            color="currentColor"
            dashed
          />
          <Arrow
            geometry={geometry}
            from={[points.get(last, 0), points.get(last, 1)]}
            vector={[velocities.get(last, 0), velocities.get(last, 1)]}
            color={run.color}
          />
        </>
      )}
    </g>
  );
}

function Arrow({
  geometry,
  from,
  vector,
  color,
  dashed,
}: {
  geometry: PlotGeometry;
  from: [number, number];
  vector: [number, number];
  color: string;
  dashed?: boolean;
}) {
  const x1 = toPixelX(geometry, from[0]);
  const y1 = toPixelY(geometry, from[1]);
  const x2 = toPixelX(geometry, from[0] + vector[0]);
  const y2 = toPixelY(geometry, from[1] + vector[1]);
  if (![x1, y1, x2, y2].every(Number.isFinite)) return null;
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = (a: number) => `${x2 - 8 * Math.cos(angle + a)},${y2 - 8 * Math.sin(angle + a)}`;
  return (
    <g stroke={color} fill={color}>
      <line
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        strokeWidth={2}
        strokeDasharray={dashed ? '4 3' : undefined}
      />
      <polygon points={`${x2},${y2} ${head(0.45)} ${head(-0.45)}`} />
    </g>
  );
}

function clampToView(
  p: readonly [number, number],
  view: { x: readonly [number, number]; y: readonly [number, number] },
): readonly [number, number] {
  return [clampToHundredths(p[0], view.x), clampToHundredths(p[1], view.y)];
}

/** The start point, draggable with a mouse, a pen or a finger. */
function StartHandle({
  geometry,
  start,
  view,
  onMove,
}: {
  geometry: PlotGeometry;
  start: readonly [number, number];
  view: { x: readonly [number, number]; y: readonly [number, number] };
  onMove: (p: readonly [number, number]) => void;
}) {
  const { handlers } = useSvgDrag(geometry, {
    onDrag: (p) => onMove(clampToView(p, view)),
    // Pressing grabs the point where it is; only moving moves it.
    jumpOnPress: false,
  });
  const cx = toPixelX(geometry, start[0]);
  const cy = toPixelY(geometry, start[1]);
  return (
    <g className="handle" data-testid="start-handle" style={DRAG_HANDLE_STYLE} {...handlers}>
      <DragHandleDot cx={cx} cy={cy} />
    </g>
  );
}

/**
 * The keyboard alternative to dragging the start point: arrow keys move it, each press from the
 * start as set now (not the figure's deferred one, which lags a fast run of presses).
 */
function StartPointKeys({
  start,
  view,
  onMove,
}: {
  start: readonly [number, number];
  view: { x: readonly [number, number]; y: readonly [number, number] };
  onMove: (p: readonly [number, number]) => void;
}) {
  // Several figures on a page each have this button: the help text needs its own id.
  const helpId = useId();
  const stepX = (view.x[1] - view.x[0]) / 40;
  const stepY = (view.y[1] - view.y[0]) / 40;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-stepX, 0],
      ArrowRight: [stepX, 0],
      ArrowUp: [0, stepY],
      ArrowDown: [0, -stepY],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onMove(clampToView([start[0] + move[0], start[1] + move[1]], view));
  };
  return (
    <button type="button" className="button" onKeyDown={onKeyDown} aria-describedby={helpId}>
      Start ({fixed(start[0], 2)}, {fixed(start[1], 2)})
      <span id={helpId} className="visually-hidden">
        Use the arrow keys to move the start point.
      </span>
    </button>
  );
}
