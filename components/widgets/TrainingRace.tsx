'use client';

import { memo, useEffect, useMemo, useState } from 'react';
import { trainingProblem, type CarFeature } from '@/lib/optim';
import { fixed, percent } from '@/lib/plot/format';
import { pathThrough, toPixelX, toPixelY, type PlotGeometry } from '@/lib/plot/geometry';
import {
  batchOptions,
  createRace,
  excessLossRange,
  raceSeeds,
  sliceTrainer,
  type Race,
} from '@/lib/plot/training-race';
import { describeRace, raceSettle, racers as raceRacers } from '@/lib/plot/race-view';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { usePlotColors } from '@/components/plot/useTheme';
import { runStyle } from './runs';
import {
  CheckboxControl,
  MomentumControl,
  SelectControl,
  StepSizeControl,
} from '@/components/figure/Controls';
import { FigureShell } from '@/components/figure/FigureShell';
import { Legend, Swatch } from '@/components/figure/Legend';
import { haloText } from '@/components/figure/halo';
import { LevelLine, RingedDot } from '@/components/figure/marks';
import { PlotAreaClip } from './PlotAreaClip';
import { withWidgetBoundary } from './WidgetBoundary';
import { inNextFrame, whenIdle } from './backgroundSlices';
import { LegendLine } from './LegendLine';
import type { LessonProps } from '@/components/mdx/lesson-props';

/** The props a lesson may give it, inferred from its schema (lib/content/props). */
export type TrainingRaceProps = LessonProps<'TrainingRace'>;

const DEFAULT_FEATURES: CarFeature[] = ['Horsepower', 'Weight_in_lbs'];
/** How often a running race redraws its curves: each redraw costs a frame's render and paint. */
const REDRAW_MS = 100;

interface LaneView {
  key: string;
  label: string;
  color: string;
  losses: number[];
  diverged: boolean;
}

interface RaceSnapshot {
  token: string;
  /** lanes[s][r]: seed s's lane of racer r. */
  lanes: { key: string; losses: number[]; diverged: boolean }[][];
  epochsDone: number;
  done: boolean;
  ms: number;
}

export const TrainingRace = withWidgetBoundary('Training race on the cars data', TrainingRaceInner);

function TrainingRaceInner({
  alpha: alphaName = 'alpha',
  beta: betaName = 'beta',
  defaultAlpha = 0.3,
  defaultBeta = 0.7,
  features = DEFAULT_FEATURES,
  standardize = true,
  batchSize,
  epochs = 150,
  nesterov: withNesterov = false,
  tuned: tunedProp = false,
  tolerance = 0.01,
  seed = 1,
  seeds: seedCount = 1,
  window = 1,
  caption,
  id,
}: TrainingRaceProps) {
  const colors = usePlotColors();
  const [alpha, setAlpha] = useBinding<number>(alphaName, defaultAlpha);
  const [beta, setBeta] = useBinding<number>(betaName, defaultBeta);
  const [standardizeValue, setStandardize] = useBinding<number>(
    typeof standardize === 'string' ? standardize : undefined,
    standardize === false ? 0 : 1,
  );
  const [batchValue, setBatch] = useBinding<number>(
    typeof batchSize === 'string' ? batchSize : undefined,
    typeof batchSize === 'number' ? batchSize : 0,
  );
  const [tunedValue, setTuned] = useBinding<number>(
    typeof tunedProp === 'string' ? tunedProp : undefined,
    tunedProp === true ? 1 : 0,
  );
  const tuned = tunedValue !== 0;
  const [showNesterov, setShowNesterov] = useState(withNesterov);
  const standardized = standardizeValue !== 0;
  const totalEpochs = Math.max(5, Math.min(2000, Math.floor(epochs)));

  const featureKey = features.join('+');
  const problems = useMemo(() => {
    const list = featureKey.split('+') as CarFeature[];
    return {
      standardized: trainingProblem({ features: list, standardize: true }),
      raw: trainingProblem({ features: list, standardize: false }),
    };
  }, [featureKey]);
  const problem = standardized ? problems.standardized : problems.raw;
  const batch = batchValue > 0 && batchValue < problem.n ? Math.floor(batchValue) : problem.n;

  // A tuned race ignores the page's α and β: dragging them must not re-run it (it was the whole
  // cost of a β drag on lesson 5, whose first race is tuned).
  const raceAlpha = tuned ? 0 : alpha;
  const raceBeta = tuned ? 0 : beta;
  const racers = useMemo(
    () => raceRacers(problem, { tuned, alpha: raceAlpha, beta: raceBeta, nesterov: showNesterov }),
    [problem, tuned, raceAlpha, raceBeta, showNesterov],
  );
  const seedList = useMemo(
    () => raceSeeds(batch, problem.n, seedCount, seed),
    [batch, problem.n, seedCount, seed],
  );

  const token = `${problem.id}|${tuned}|${raceAlpha}|${raceBeta}|${batch}|${totalEpochs}|${seedList.join(',')}|${racers.map((r) => r.key).join(',')}`;
  const [snapshot, setSnapshot] = useState<RaceSnapshot | null>(null);

  // Trains in short slices in the page's idle time, not while the learner drags or types
  // (backgroundSlices), the first seed first so the drawn race finishes soonest. A full-batch
  // race (a few ms) finishes in its first slices; a minibatch one animates while the page stays
  // responsive.
  useEffect(() => {
    const races: Race[] = seedList.map((s) =>
      createRace(problem, racers, { epochs: totalEpochs, batchSize: batch, seed: s }),
    );
    const trainer = sliceTrainer(races, () => performance.now());
    let cancel = () => {};
    let drawnAt = -Infinity;
    const slice = (timeLeft: () => number) => {
      trainer.train(timeLeft);
      const done = trainer.done();
      if (done || performance.now() - drawnAt >= REDRAW_MS) {
        drawnAt = performance.now();
        setSnapshot({
          token,
          lanes: races.map((race) =>
            race.lanes.map((l) => ({ key: l.key, losses: l.losses.slice(), diverged: l.diverged })),
          ),
          epochsDone: races[0].epochsDone(),
          done,
          ms: trainer.spent(),
        });
      }
      if (!done) cancel = whenIdle(slice);
    };
    // The first slice in the next frame, as before: the figure is empty until it publishes.
    cancel = inNextFrame(slice);
    return () => cancel();
  }, [problem, racers, totalEpochs, batch, seedList, token]);

  const current = snapshot && snapshot.token === token ? snapshot : null;
  // Memoised on the snapshot: a page value this race does not use (a tuned race's α and β) still
  // re-renders it, and must not redraw its lanes.
  const { lanes, otherSeeds } = useMemo(() => {
    const view = (l: { key: string; losses: number[]; diverged: boolean }): LaneView => ({
      ...l,
      ...runStyle(l.key, colors),
    });
    return {
      lanes: (current?.lanes[0] ?? []).map(view),
      // The spread of the other seeds, faint; the effective-step racer's own spread would only
      // clutter.
      otherSeeds: (current?.lanes.slice(1) ?? [])
        .flat()
        .filter((l) => l.key !== 'gd-effective')
        .map(view),
    };
  }, [current, colors]);

  // Replay: reveal the finished curves epoch by epoch, a race to watch.
  const [reveal, setReveal] = useState<number | null>(null);
  useEffect(() => {
    if (reveal === null) return;
    if (reveal >= totalEpochs) {
      const done = requestAnimationFrame(() => setReveal(null));
      return () => cancelAnimationFrame(done);
    }
    const next = requestAnimationFrame(() =>
      setReveal((r) => (r === null ? null : r + Math.max(1, Math.ceil(totalEpochs / 120)))),
    );
    return () => cancelAnimationFrame(next);
  }, [reveal, totalEpochs]);
  const shownEpochs = reveal ?? totalEpochs;

  const startExcess = problem.f(problem.start ?? []) - problem.minimum;
  const yRange = useMemo(() => excessLossRange(startExcess), [startExcess]);
  const target = tolerance * problem.minimum;

  // What the race says and where each lane settles: the full-batch settle re-runs each racer in
  // closed form, so it is worked out once per finished snapshot, not on every render.
  const { sentence, settleMarks } = useMemo(() => {
    if (!current) return { sentence: 'Training…', settleMarks: null };
    const summary = {
      problem,
      problems,
      racers,
      tuned,
      lanes: current.lanes,
      batch,
      tolerance,
      window: batch < problem.n ? window : 1,
      done: current.done,
      epochsDone: current.epochsDone,
      totalEpochs,
    };
    return {
      sentence: describeRace(summary),
      // Where the drawn (first-seed) lanes settle within the tolerance: a dot on the target line.
      settleMarks: current.done ? raceSettle(summary)[0] : null,
    };
  }, [current, problem, problems, racers, tuned, batch, tolerance, window, totalEpochs]);

  const overlay = (g: PlotGeometry) => (
    <RaceOverlay
      geometry={g}
      lanes={lanes}
      otherSeeds={otherSeeds}
      settleMarks={settleMarks}
      shownEpochs={shownEpochs}
      target={target}
      floor={yRange[0]}
      minimum={problem.minimum}
      fg={colors.fg}
      halo={colors.halo}
      tolerance={tolerance}
    />
  );

  const legend = (
    <Legend>
      {lanes.map((lane) => (
        <li key={lane.key}>
          {lane.key === 'gd-effective' ? (
            <LegendLine color={lane.color} dash="6 4" />
          ) : (
            <Swatch color={lane.color} />
          )}
          {lane.label}
          {lane.key === 'gd-effective'
            ? ` = ${fixed(racers.find((r) => r.key === 'gd-effective')?.lr ?? 0, 2)}`
            : ''}
          {lane.diverged ? ' (diverged)' : ''}
        </li>
      ))}
      <li>
        <LegendLine color={colors.fg} dash="4 3" width={1.5} />
        within {percent(tolerance)} of the best loss
        {batch < problem.n && window > 1 ? ` (${window}-epoch average)` : ''}
      </li>
      {otherSeeds.length > 0 && (
        <li>
          <LegendLine color={colors.muted} width={1} />
          the other {seedList.length - 1} seeds, faint
        </li>
      )}
    </Legend>
  );

  return (
    <FigureShell
      className="training-race"
      id={id}
      plot={{
        x: { range: [0, totalEpochs], title: 'epoch' },
        y: { range: yRange, log: true, title: 'excess loss f − f*' },
        aspect: 0.6,
        overlay,
        label: 'Loss while training on the cars data',
      }}
      data={{ 'data-train-ms': current?.done ? current.ms.toFixed(1) : undefined }}
      legend={legend}
      controls={
        <>
          <CheckboxControl
            label="Each racer at its own tuned step"
            checked={tuned}
            onChange={(on) => setTuned(on ? 1 : 0)}
          />
          {!tuned && (
            <>
              <StepSizeControl value={alpha} onChange={setAlpha} />
              <MomentumControl value={beta} onChange={setBeta} />
            </>
          )}
          <SelectControl
            label="Batch size"
            value={batch >= problem.n ? 0 : batch}
            options={batchOptions(problem.n, batch)}
            onChange={setBatch}
          />
          <CheckboxControl
            label="Standardize features"
            checked={standardized}
            onChange={(on) => setStandardize(on ? 1 : 0)}
          />
          <CheckboxControl label="Nesterov too" checked={showNesterov} onChange={setShowNesterov} />
          <button
            type="button"
            className="button"
            onClick={() => setReveal(0)}
            disabled={!current?.done}
          >
            Replay the race
          </button>
        </>
      }
      live={sentence}
      caption={caption}
    />
  );
}

const RaceOverlay = memo(function RaceOverlay({
  geometry,
  lanes,
  otherSeeds,
  settleMarks,
  shownEpochs,
  target,
  floor,
  minimum,
  fg,
  tolerance,
  halo,
}: {
  geometry: PlotGeometry;
  lanes: LaneView[];
  /** The other seeds' lanes of a minibatch race, drawn faint: the spread. */
  otherSeeds: LaneView[];
  /** Per drawn lane, the epoch it settles within the tolerance (null: not in the race). */
  settleMarks: (number | null)[] | null;
  shownEpochs: number;
  target: number;
  floor: number;
  minimum: number;
  fg: string;
  tolerance: number;
  /** The figure's background, outlining text and markers. */
  halo: string;
}) {
  const g = geometry;
  const ty = toPixelY(g, target);
  // Exact convergence (f − f* ≤ 0 after rounding) runs along the bottom instead of vanishing.
  const excess = (losses: number[], k: number, minimum: number) =>
    Math.max(losses[k] - minimum, floor / 2);
  return (
    <PlotAreaClip geometry={g} slackX={0}>
      <LevelLine geometry={g} at={target} color={fg} dash="5 4" />
      <text
        x={g.left + g.width - 6}
        y={ty - 6}
        textAnchor="end"
        fontSize={12}
        fill={fg}
        {...haloText(halo)}
      >
        within {percent(tolerance)}
      </text>
      {otherSeeds.map((lane, i) => (
        <path
          key={`seed-${i}`}
          d={pathThrough(
            g,
            Math.min(lane.losses.length, shownEpochs + 1),
            (k) => k,
            (k) => excess(lane.losses, k, minimum),
          )}
          fill="none"
          stroke={lane.color}
          strokeWidth={1}
          opacity={0.22}
        />
      ))}
      {lanes.map((lane, index) => {
        const mark = settleMarks?.[index];
        const count = Math.min(lane.losses.length, shownEpochs + 1);
        const last = count - 1;
        const lx = toPixelX(g, last);
        const ly = toPixelY(g, Math.min(excess(lane.losses, last, minimum), g.y.range[1]));
        return (
          <g key={lane.key} data-run={lane.key}>
            <path
              d={pathThrough(
                g,
                count,
                (k) => k,
                (k) => excess(lane.losses, k, minimum),
              )}
              fill="none"
              stroke={lane.color}
              strokeWidth={2.5}
              strokeDasharray={lane.key === 'gd-effective' ? '6 4' : undefined}
              strokeLinejoin="round"
            />
            {mark !== null && mark !== undefined && mark <= shownEpochs && (
              <RingedDot
                cx={toPixelX(g, mark)}
                cy={ty}
                r={4.5}
                fill={lane.color}
                data-settle={mark}
              />
            )}
            {lane.diverged && last < shownEpochs ? (
              <text
                x={lx}
                y={Math.max(g.top + 12, ly)}
                fill={lane.color}
                fontSize={14}
                fontWeight={700}
                textAnchor="middle"
                stroke={halo}
                strokeWidth={3}
                paintOrder="stroke"
              >
                ✕
              </text>
            ) : (
              <RingedDot cx={lx} cy={ly} r={4} fill={lane.color} />
            )}
          </g>
        );
      })}
    </PlotAreaClip>
  );
});
