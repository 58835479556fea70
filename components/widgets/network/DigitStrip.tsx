'use client';

import { memo } from 'react';
import { digitImage, sameStripLanes, type StripLane } from '@/lib/nn/digit-strip';

interface DigitStripProps {
  /** The digits; null until the data set has loaded (the strip keeps its size meanwhile). */
  readonly digits: readonly { label: number; levels: readonly number[] }[] | null;
  readonly lanes: readonly StripLane[];
  readonly levels: number;
  readonly side: number;
}

/** One test digit of each class (lib/nn/digits `stripIndices`). */
const STRIP_DIGITS = 10;

/**
 * A row of real test digits, one of each class, and under each the digit every optimizer's
 * network currently reads there; a wrong guess is struck through. A table, so a screen reader
 * can walk it by row (optimizer) and column (digit).
 *
 * Memoised by content: the figure around it re-renders on every slider move and progress
 * message, with new lane objects each time; the strip only when a reading changes.
 */
export const DigitStrip = memo(function DigitStrip({
  digits,
  lanes,
  levels,
  side,
}: DigitStripProps) {
  return (
    // Focusable, so a keyboard can scroll the strip where it is wider than a phone's screen.
    <div
      className="digit-strip"
      tabIndex={0}
      role="region"
      aria-label="Test digits and the networks' readings"
    >
      <table>
        <caption>
          What each network reads in ten test digits{' '}
          {digits ? '(wrong guesses struck through)' : '(press Train to fill them in)'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Digit</th>
            {digits
              ? digits.map((d, i) => (
                  <th key={i} scope="col">
                    <DigitImage levels={d.levels} max={levels - 1} side={side} label={d.label} />
                  </th>
                ))
              : Array.from({ length: STRIP_DIGITS }, (_, i) => (
                  <th key={i} scope="col" aria-hidden="true">
                    <span className="digit-pending" />
                  </th>
                ))}
          </tr>
        </thead>
        <tbody>
          {lanes.map((lane) => (
            <tr key={lane.key}>
              <th scope="row" style={{ color: lane.color }}>
                {lane.label}
              </th>
              {(digits ?? Array.from({ length: STRIP_DIGITS }, () => null)).map((d, i) => {
                const guess = lane.predictions[i];
                const wrong = d !== null && guess !== undefined && guess !== d.label;
                return (
                  <td key={i} className={wrong ? 'wrong' : undefined}>
                    {guess === undefined ? (
                      <span aria-hidden="true">·</span>
                    ) : wrong ? (
                      <s>{guess}</s>
                    ) : (
                      guess
                    )}
                    {wrong && <span className="visually-hidden"> (wrong)</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}, sameStrip);

function sameStrip(a: DigitStripProps, b: DigitStripProps): boolean {
  return (
    a.digits === b.digits &&
    a.levels === b.levels &&
    a.side === b.side &&
    sameStripLanes(a.lanes, b.lanes)
  );
}

/**
 * A digit drawn as side × side grey squares: ink dark on paper, in either theme. One path per
 * grey level (at most 15) instead of one element per pixel, and memoised: the strip re-renders
 * with every progress message, the digits never change during a race.
 */
const DigitImage = memo(function DigitImage({
  levels,
  max,
  side,
  label,
}: {
  levels: readonly number[];
  max: number;
  side: number;
  label: number;
}) {
  const image = digitImage(levels, max, side);
  return (
    <svg
      viewBox={`0 0 ${side} ${side}`}
      width={28}
      height={28}
      role="img"
      aria-label={`handwritten ${label}`}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill={image.paper} />
      {image.layers.map((layer) => (
        <path key={layer.level} d={layer.path} fill={image.ink} fillOpacity={layer.opacity} />
      ))}
    </svg>
  );
});
