'use client';

import { memo, useCallback, useId, useMemo, useRef } from 'react';
import { assetDigit } from '@/lib/nn/digits';
import { gdStepFor, raceLanes, type GdStepMode } from '@/lib/nn/race-view';
import { raceNote, raceSetup, raceStatusLine, type RaceChoice } from '@/lib/nn/race-status';
import { stripReadings, type StripLane } from '@/lib/nn/digit-strip';
import { percent } from '@/lib/plot/format';
import {
  BATCH_CHOICES,
  DEFAULT_SHAPE,
  HIDDEN_CHOICES,
  raceEpochs,
  TARGET_ACCURACY,
  TRAIN_DIGITS,
} from '@/lib/nn/settings';
import { formatStep } from '@/lib/nn/lesson-numbers';
import { tunedStep } from '@/lib/nn/tuned-steps';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { MomentumControl, SelectControl, StepSizeControl } from '@/components/figure/Controls';
import { usePlotColors } from '@/components/plot/useTheme';
import { FigureShell } from '@/components/figure/FigureShell';
import { Legend, Swatch } from '@/components/figure/Legend';
import { LegendLine } from '../LegendLine';
import { RUN_STYLE, runStyle } from '../runs';
import { withWidgetBoundary } from '../WidgetBoundary';
import type { LessonProps } from '@/components/mdx/lesson-props';
import { DigitStrip } from './DigitStrip';
import { RaceCurves, type CurveLane } from './RaceCurves';
import { useNetworkRace } from './useNetworkRace';

/** The props a lesson may give it, inferred from its schema (lib/content/props). */
export type NetworkRaceProps = LessonProps<'NetworkRace'>;

const BATCH_OPTIONS = BATCH_CHOICES.map((b) => ({
  value: b,
  label: b === 0 ? `full batch (${TRAIN_DIGITS.toLocaleString('en-US')})` : String(b),
}));
const HIDDEN_OPTIONS = HIDDEN_CHOICES.map((h) => ({ value: h, label: String(h) }));

export const NetworkRace = withWidgetBoundary('Momentum on a neural network', NetworkRaceInner);

function NetworkRaceInner({
  alpha: alphaName = 'alpha',
  beta: betaName = 'beta',
  gdStep: initialGdStep = 'tuned',
  batch: initialBatch = 0,
  hidden: initialHidden = DEFAULT_SHAPE.hidden,
  seed: initialSeed = 1,
  caption,
  id,
}: NetworkRaceProps) {
  const colors = usePlotColors();
  const [alpha, setAlpha] = useBinding<number>(alphaName, tunedStep('heavy-ball', 0));
  const [beta, setBeta] = useBinding<number>(betaName, 0.9);
  const [gdStep, setGdStep] = useBinding<string>(undefined, initialGdStep);
  const [batch, setBatch] = useBinding<number>(undefined, initialBatch);
  const [hidden, setHidden] = useBinding<number>(undefined, initialHidden);
  const [seed, setSeed] = useBinding<number>(undefined, initialSeed);
  const { state, start, pause, resume, reset, asset } = useNetworkRace();
  const nextId = useRef(1);
  const progressId = useId();

  const mode: GdStepMode = gdStep === 'effective' ? 'effective' : 'tuned';
  const choice: RaceChoice = { alpha, beta, gdStep: mode, batch, hidden, seed };
  const request = state.request;
  const shownEpochs = request?.epochs ?? raceEpochs(batch);

  const train = () => {
    void start({ id: nextId.current++, ...raceSetup(choice) });
  };

  // Memoised so that moving a slider does not redraw the curves (only new progress does).
  const lanes: CurveLane[] = useMemo(
    () => state.lanes.map((l) => ({ ...l, ...runStyle(l.key, colors) })),
    [state.lanes, colors],
  );
  const status = raceStatusLine(
    {
      status: state.status,
      error: state.error,
      lanes,
      epochsDone: state.epochsDone,
      epochs: shownEpochs,
    },
    choice,
  );

  // Before the first progress the strip has the rows the race will fill, with no readings yet:
  // the figure keeps its height when Train is pressed, so the page below neither jumps nor
  // needs laying out and painting again while the worker starts. The strip compares its rows
  // by content (they change a few times in a race), so it draws again only when a reading does.
  const stripLanes: StripLane[] = stripReadings(
    state.lanes,
    raceLanes(choice).map((l) => l.key),
  ).map((l) => ({ key: l.key, predictions: l.predictions, ...runStyle(l.key, colors) }));

  // `asset` is a ref (the same object every render), filled before the request is set: the
  // digits change with each race's request.
  const strip = useMemo(() => {
    const a = asset.current;
    if (!a || !request) return null;
    return request.strip.map((i) => assetDigit(a.test, a.side, i));
  }, [asset, request]);

  const chooseBatch = useCallback(
    (value: number) => {
      setBatch(value);
      // A fair race keeps momentum at its tuned step: the step that suits full batches diverges
      // with batches of 32.
      setAlpha(tunedStep('heavy-ball', value));
    },
    [setBatch, setAlpha],
  );

  // One primary button whose job follows the race: Train, Pause (idle while the digits load), Resume.
  const primary =
    state.status === 'training' || state.status === 'loading'
      ? { label: 'Pause', onClick: pause }
      : state.status === 'paused'
        ? { label: 'Resume', onClick: resume }
        : { label: 'Train', onClick: train };

  return (
    <FigureShell
      className="network-race"
      id={id}
      data={{
        'data-status': state.status,
        'data-where': state.where ?? undefined,
        'data-train-ms': state.status === 'done' ? state.ms.toFixed(0) : undefined,
      }}
      legend={
        <Legend>
          {(['gd', 'heavy-ball', 'nesterov', 'adam'] as const).map((key) => (
            <li
              key={key}
              data-run={key}
              data-accuracy={lanes.find((l) => l.key === key)?.accuracies.at(-1)}
            >
              <Swatch color={colors[RUN_STYLE[key].color]} />
              {RUN_STYLE[key].label}
              {lanes.find((l) => l.key === key)?.diverged ? ' (diverged)' : ''}
            </li>
          ))}
          <li>
            <LegendLine color={colors.fg} dash="5 4" width={1.5} />
            {percent(TARGET_ACCURACY)} test accuracy
          </li>
        </Legend>
      }
      beforeControls={
        <div className="race-progress">
          <label htmlFor={`${progressId}-progress`}>
            Epoch {state.epochsDone} of {shownEpochs}
          </label>
          <progress id={`${progressId}-progress`} value={state.epochsDone} max={shownEpochs} />
        </div>
      }
      controls={[
        <>
          <button
            type="button"
            className="button primary"
            onClick={primary.onClick}
            disabled={state.status === 'loading'}
          >
            {primary.label}
          </button>
          <button
            type="button"
            className="button"
            onClick={reset}
            disabled={state.status === 'idle'}
          >
            Reset
          </button>
        </>,
        <RaceSettings
          alpha={alpha}
          beta={beta}
          mode={mode}
          batch={batch}
          hidden={hidden}
          seed={seed}
          setAlpha={setAlpha}
          setBeta={setBeta}
          setGdStep={setGdStep}
          chooseBatch={chooseBatch}
          setHidden={setHidden}
          setSeed={setSeed}
        />,
      ]}
      afterControls={
        <DigitStrip
          digits={strip}
          lanes={stripLanes}
          levels={asset.current?.levels ?? 16}
          side={asset.current?.side ?? 14}
        />
      }
      live={status}
      // The first progress of a race is news too (the line said "Press Train" until then).
      liveState={lanes.length > 0 ? state.status : `${state.status}, no progress yet`}
      note={
        <p className="meta">
          {raceNote({ request, choice, status: state.status, where: state.where })}
        </p>
      }
      caption={caption}
    >
      <RaceCurves lanes={lanes} epochs={shownEpochs} target={TARGET_ACCURACY} />
    </FigureShell>
  );
}

/**
 * The race's settings. Memoised: a progress message re-renders the curves, the legend and the
 * status, never these inputs (re-rendering an input rewrites its attributes, which costs style
 * and layout in every frame the race streams).
 */
const RaceSettings = memo(function RaceSettings({
  alpha,
  beta,
  mode,
  batch,
  hidden,
  seed,
  setAlpha,
  setBeta,
  setGdStep,
  chooseBatch,
  setHidden,
  setSeed,
}: {
  alpha: number;
  beta: number;
  mode: GdStepMode;
  batch: number;
  hidden: number;
  seed: number;
  setAlpha: (value: number) => void;
  setBeta: (value: number) => void;
  setGdStep: (value: string) => void;
  chooseBatch: (value: number) => void;
  setHidden: (value: number) => void;
  setSeed: (value: number) => void;
}) {
  const controlId = useId();
  const settings = { alpha, beta, gdStep: mode, batch };
  // A row of the figure's controls (FigureShell draws the row around it).
  return (
    <>
      <StepSizeControl
        ariaLabel="α (momentum's step size)"
        value={alpha}
        min={0.001}
        step={0.001}
        digits={3}
        onChange={setAlpha}
      />
      <MomentumControl value={beta} onChange={setBeta} />
      <SelectControl
        label="Gradient descent’s step"
        value={mode}
        options={[
          { value: 'tuned', label: `its own tuned step, ${formatStep(tunedStep('gd', batch))}` },
          {
            value: 'effective',
            label: `α/(1−β) = ${formatStep(gdStepFor({ ...settings, gdStep: 'effective' }))}`,
          },
        ]}
        onChange={setGdStep}
      />
      <SelectControl
        label="Batch size"
        value={batch}
        options={BATCH_OPTIONS}
        onChange={chooseBatch}
      />
      <SelectControl
        label="Hidden units"
        value={hidden}
        options={HIDDEN_OPTIONS}
        onChange={setHidden}
      />
      <span className="control">
        <label htmlFor={`${controlId}-seed`}>Seed</label>
        <input
          id={`${controlId}-seed`}
          type="number"
          min={1}
          max={999}
          step={1}
          value={seed}
          onChange={(e) => {
            const value = Math.floor(Number(e.target.value));
            if (Number.isFinite(value) && value >= 1 && value <= 999) setSeed(value);
          }}
        />
      </span>
    </>
  );
});
