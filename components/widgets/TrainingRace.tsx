'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import {
  gd,
  heavyBall,
  nesterov,
  speedup,
  trainingProblem,
  type CarFeature,
  type Optimizer,
  type TrainingProblem,
} from '@/lib/optim';
import { pathThrough, toPixelX, toPixelY, type PlotGeometry } from '@/lib/plot/geometry';
import { createRace, excessLossRange } from '@/lib/plot/training-race';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { Plot } from '@/components/plot/Plot';
import { PLOT_COLORS, useTheme } from '@/components/plot/useTheme';
import { RUN_STYLE } from './runs';
import { WidgetBoundary } from './WidgetBoundary';
import { RangeControl } from '@/components/notebook/RangeControl';
import { LegendLine } from './LegendLine';

export interface TrainingRaceProps {
  /** Page values for the shared step size α and momentum β (defaults 'alpha', 'beta'), with fallbacks. */
  alpha?: string;
  beta?: string;
  defaultAlpha?: number;
  defaultBeta?: number;
  /** Car columns predicting miles per gallon (default Horsepower and Weight_in_lbs). */
  features?: CarFeature[];
  /** Standardize the features: a page value name (non-zero = yes) or a fixed starting choice. */
  standardize?: string | boolean;
  /** Examples per step: a page value name or a number; default the whole data set. */
  batchSize?: string | number;
  /** Epochs to train (default 150). */
  epochs?: number;
  /** Race Nesterov's look-ahead momentum too (a checkbox toggles it). */
  nesterov?: boolean;
  /** "Close enough": within this fraction of the best possible loss (default 0.01 = 1%). */
  tolerance?: number;
  /** Seed of the minibatch shuffles. */
  seed?: number;
  caption?: string;
  id?: string;
}

const DEFAULT_FEATURES: CarFeature[] = ['Horsepower', 'Weight_in_lbs'];
const BATCH_CHOICES = [0, 128, 32, 8, 1] as const;
/** Work per animation frame: the page stays responsive while a long minibatch race runs. */
const FRAME_BUDGET_MS = 10;
const NO_TRACES: readonly object[] = [];

interface LaneView {
  key: string;
  label: string;
  color: string;
  losses: number[];
  diverged: boolean;
}

interface RaceSnapshot {
  token: string;
  lanes: { key: string; losses: number[]; diverged: boolean }[];
  epochsDone: number;
  done: boolean;
  ms: number;
}

export function TrainingRace(props: TrainingRaceProps) {
  return (
    <WidgetBoundary name="Training race on the cars data">
      <TrainingRaceInner {...props} />
    </WidgetBoundary>
  );
}

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
  tolerance = 0.01,
  seed = 1,
  caption,
  id,
}: TrainingRaceProps) {
  const theme = useTheme();
  const colors = PLOT_COLORS[theme];
  const controlId = useId();
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

  const racers = useMemo(() => {
    const list: { key: string; optimizer: Optimizer<unknown> }[] = [
      { key: 'gd', optimizer: gd({ lr: alpha }) as Optimizer<unknown> },
      { key: 'heavy-ball', optimizer: heavyBall({ lr: alpha, beta }) as Optimizer<unknown> },
    ];
    if (showNesterov)
      list.push({
        key: 'nesterov',
        optimizer: nesterov({ lr: alpha, beta }) as Optimizer<unknown>,
      });
    return list;
  }, [alpha, beta, showNesterov]);

  const token = `${problem.id}|${alpha}|${beta}|${batch}|${totalEpochs}|${seed}|${racers.map((r) => r.key).join(',')}`;
  const [snapshot, setSnapshot] = useState<RaceSnapshot | null>(null);

  // Trains in slices of about FRAME_BUDGET_MS per animation frame. A full-batch race (a few ms)
  // finishes in the first frame; a minibatch one animates while the page stays responsive.
  useEffect(() => {
    const race = createRace(problem, racers, { epochs: totalEpochs, batchSize: batch, seed });
    let frame = 0;
    let spent = 0;
    let perEpoch = 0;
    const tick = () => {
      const started = performance.now();
      while (!race.done() && performance.now() - started < FRAME_BUDGET_MS) {
        // Run as many epochs as the measured speed says fit, at least one.
        const slice =
          perEpoch > 0
            ? Math.max(1, Math.floor((FRAME_BUDGET_MS - (performance.now() - started)) / perEpoch))
            : 1;
        const t = performance.now();
        const before = race.epochsDone();
        race.advance(slice);
        const ran = Math.max(1, race.epochsDone() - before);
        perEpoch = (performance.now() - t) / ran;
      }
      spent += performance.now() - started;
      setSnapshot({
        token,
        lanes: race.lanes.map((l) => ({
          key: l.key,
          losses: l.losses.slice(),
          diverged: l.diverged,
        })),
        epochsDone: race.epochsDone(),
        done: race.done(),
        ms: spent,
      });
      if (!race.done()) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [problem, racers, totalEpochs, batch, seed, token]);

  const current = snapshot && snapshot.token === token ? snapshot : null;
  const lanes: LaneView[] = (current?.lanes ?? []).map((l) => ({
    ...l,
    label: RUN_STYLE[l.key]?.label ?? l.key,
    color: colors[RUN_STYLE[l.key]?.color ?? 'momentum'],
  }));

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
  const x = useMemo(() => ({ range: [0, totalEpochs] as const, title: 'epoch' }), [totalEpochs]);
  const y = useMemo(() => ({ range: yRange, log: true, title: 'excess loss f − f*' }), [yRange]);
  const target = tolerance * problem.minimum;

  const sentence = current
    ? describe({
        lanes,
        problem,
        problems,
        alpha,
        beta,
        batch,
        tolerance,
        done: current.done,
        epochsDone: current.epochsDone,
        totalEpochs,
      })
    : 'Training…';

  const overlay = (g: PlotGeometry) => (
    <RaceOverlay
      geometry={g}
      lanes={lanes}
      shownEpochs={shownEpochs}
      target={target}
      floor={yRange[0]}
      minimum={problem.minimum}
      fg={colors.fg}
      tolerance={tolerance}
      theme={theme}
    />
  );

  return (
    <figure
      className="figure training-race"
      id={id}
      data-train-ms={current?.done ? current.ms.toFixed(1) : undefined}
    >
      <Plot
        traces={NO_TRACES}
        x={x}
        y={y}
        aspect={0.6}
        overlay={overlay}
        label="Loss while training on the cars data"
        description={sentence}
      />
      <ul className="legend" aria-label="Legend">
        {lanes.map((lane) => (
          <li key={lane.key}>
            <span className="swatch" style={{ background: lane.color }} aria-hidden="true" />
            {lane.label}
            {lane.diverged ? ' (diverged)' : ''}
          </li>
        ))}
        <li>
          <LegendLine color={colors.fg} dash="4 3" width={1.5} />
          within {formatPercent(tolerance)} of the best loss
        </li>
      </ul>
      <div className="controls no-print">
        <RangeControl
          label="α"
          ariaLabel="α (step size)"
          value={alpha}
          min={0.01}
          max={2}
          step={0.01}
          onChange={setAlpha}
        />
        <RangeControl
          label="β"
          ariaLabel="β (momentum)"
          value={beta}
          min={0}
          max={0.99}
          step={0.01}
          onChange={setBeta}
        />
        <span className="control">
          <label htmlFor={`${controlId}-batch`}>Batch size</label>
          <select
            id={`${controlId}-batch`}
            value={batch >= problem.n ? 0 : batch}
            onChange={(e) => setBatch(Number(e.target.value))}
          >
            {BATCH_CHOICES.map((b) => (
              <option key={b} value={b}>
                {b === 0 ? `all ${problem.n} (full batch)` : b}
              </option>
            ))}
            {batch < problem.n &&
              !BATCH_CHOICES.includes(batch as (typeof BATCH_CHOICES)[number]) && (
                <option value={batch}>{batch}</option>
              )}
          </select>
        </span>
        <label className="control">
          <input
            type="checkbox"
            checked={standardized}
            onChange={(e) => setStandardize(e.target.checked ? 1 : 0)}
          />
          Standardize features
        </label>
        <label className="control">
          <input
            type="checkbox"
            checked={showNesterov}
            onChange={(e) => setShowNesterov(e.target.checked)}
          />
          Nesterov too
        </label>
        <button
          type="button"
          className="button"
          onClick={() => setReveal(0)}
          disabled={!current?.done}
        >
          Replay the race
        </button>
      </div>
      <p className="live-text" aria-live="polite">
        {sentence}
      </p>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}

/** 1.3×10⁸-style numbers for κ and tiny step sizes. */
function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '∞';
  if (x >= 0.01 && x < 1000)
    return x >= 100 ? Math.round(x).toString() : x.toPrecision(3).replace(/\.?0+$/, '');
  const exponent = Math.floor(Math.log10(x));
  const mantissa = (x / 10 ** exponent).toFixed(1);
  const sup = String(exponent)
    .replace('-', '⁻')
    .replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
  return `${mantissa}×10${sup}`;
}

function describe({
  lanes,
  problem,
  problems,
  alpha,
  beta,
  batch,
  tolerance,
  done,
  epochsDone,
  totalEpochs,
}: {
  lanes: LaneView[];
  problem: TrainingProblem;
  problems: { standardized: TrainingProblem; raw: TrainingProblem };
  alpha: number;
  beta: number;
  batch: number;
  tolerance: number;
  done: boolean;
  epochsDone: number;
  totalEpochs: number;
}): string {
  const fStar = problem.minimum;
  const tol = tolerance * fStar;
  const within = `within ${formatPercent(tolerance)} of the best possible loss`;
  const lane = (key: string) => lanes.find((l) => l.key === key);
  const gdLane = lane('gd');
  const momLane = lane('heavy-ball');
  const parts: string[] = [];
  if (!done) parts.push(`Training… epoch ${epochsDone} of ${totalEpochs}.`);
  else if (gdLane && momLane) {
    const s = speedup(
      { losses: momLane.losses, minimum: fStar },
      { losses: gdLane.losses, minimum: fStar },
      tol,
    );
    const gdText =
      gdLane.diverged && s.stepsB === Infinity
        ? 'gradient descent diverged'
        : s.stepsB === Infinity
          ? `gradient descent not within ${totalEpochs}`
          : `gradient descent in ${s.stepsB}`;
    if (momLane.diverged && s.stepsA === Infinity) {
      parts.push(
        `Momentum diverged (α = ${alpha.toFixed(2)}, β = ${beta.toFixed(2)} is past its stability limit); ${gdText}${s.stepsB === Infinity ? '' : ' epochs'}.`,
      );
    } else if (s.stepsA === Infinity) {
      parts.push(
        `Momentum did not get ${within} in ${totalEpochs} epochs; ${gdText}${s.stepsB === Infinity ? '' : ' epochs'}.`,
      );
    } else {
      const ratio =
        s.ratio === null || !Number.isFinite(s.ratio)
          ? s.stepsB === Infinity && !gdLane.diverged
            ? `more than ${(totalEpochs / Math.max(1, s.stepsA)).toFixed(1)}× faster`
            : ''
          : s.ratio >= 1
            ? `${s.ratio.toFixed(1)}× faster`
            : `${(1 / s.ratio).toFixed(1)}× slower`;
      parts.push(
        `Momentum reached ${within} in ${s.stepsA} epochs, ${gdText}${ratio ? `: ${ratio}` : ''}.`,
      );
    }
    const nLane = lane('nesterov');
    if (nLane) {
      const steps = speedup(
        { losses: nLane.losses, minimum: fStar },
        { losses: [Infinity] },
        tol,
      ).stepsA;
      parts.push(
        nLane.diverged && steps === Infinity
          ? 'Nesterov diverged.'
          : steps === Infinity
            ? `Nesterov did not get there in ${totalEpochs} epochs.`
            : `Nesterov took ${steps} epochs.`,
      );
    }
  }
  const lambdaMax = problem.eigenvalues[problem.dim - 1];
  parts.push(
    `κ of this problem (Hessian eigenvalues): ${formatNumber(problems.standardized.kappa)} with standardized features, ` +
      `${formatNumber(problems.raw.kappa)} with raw ones.`,
  );
  if (!problem.standardize) {
    parts.push(
      `With raw features gradient descent is stable only for α < 2/λmax = ${formatNumber(2 / lambdaMax)}.`,
    );
  }
  if (batch >= problem.n) {
    parts.push('Full batch: one exact gradient step per epoch.');
  } else {
    parts.push(`Batches of ${batch}: ${Math.ceil(problem.n / batch)} noisy steps per epoch.`);
    const floors = done ? noiseFloors(lanes, fStar) : [];
    if (floors.length) {
      parts.push(
        `Over the last quarter of the epochs the loss hovers above the best by ${floors.join(', ')}: the noise floor.`,
      );
    }
  }
  return parts.join(' ');
}

/** Mean of f − f* over each finished lane's last quarter of epochs: where the noise leaves it. */
function noiseFloors(lanes: LaneView[], fStar: number): string[] {
  return lanes
    .filter((lane) => !lane.diverged && lane.losses.length >= 8)
    .map((lane) => {
      const tail = lane.losses.slice(-Math.floor(lane.losses.length / 4));
      const mean = tail.reduce((s, l) => s + (l - fStar), 0) / tail.length;
      return `${formatNumber(mean)} for ${lane.label.toLowerCase().replace(/ \(.*\)$/, '')}`;
    });
}

function RaceOverlay({
  geometry,
  lanes,
  shownEpochs,
  target,
  floor,
  minimum,
  fg,
  tolerance,
  theme,
}: {
  geometry: PlotGeometry;
  lanes: LaneView[];
  shownEpochs: number;
  target: number;
  floor: number;
  minimum: number;
  fg: string;
  tolerance: number;
  theme: 'light' | 'dark';
}) {
  const clip = useId();
  const g = geometry;
  const ty = toPixelY(g, target);
  const halo = theme === 'dark' ? '#1d2024' : '#ffffff';
  // Exact convergence (f − f* ≤ 0 after rounding) runs along the bottom instead of vanishing.
  const excess = (losses: number[], k: number, minimum: number) =>
    Math.max(losses[k] - minimum, floor / 2);
  return (
    <>
      <defs>
        <clipPath id={clip}>
          <rect x={g.left} y={g.top} width={g.width} height={g.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clip})`}>
        <line
          x1={g.left}
          x2={g.left + g.width}
          y1={ty}
          y2={ty}
          stroke={fg}
          strokeWidth={1.5}
          strokeDasharray="5 4"
        />
        <text
          x={g.left + g.width - 6}
          y={ty - 6}
          textAnchor="end"
          fontSize={12}
          fill={fg}
          stroke={halo}
          strokeWidth={3}
          paintOrder="stroke"
          strokeLinejoin="round"
        >
          within {formatPercent(tolerance)}
        </text>
        {lanes.map((lane) => {
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
                strokeLinejoin="round"
              />
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
                <circle cx={lx} cy={ly} r={4} fill={lane.color} stroke={halo} strokeWidth={1.5} />
              )}
            </g>
          );
        })}
      </g>
    </>
  );
}
