import { fixed } from '@/lib/plot/format';
import { DIGIT_COLORS } from '@/lib/plot/palette';

/**
 * What the network race's strip of test digits shows (components/widgets/network/DigitStrip):
 * each optimizer's current reading of the digits, and each digit drawn as grey squares.
 */

/** One optimizer's current guesses for the strip's digits. */
export interface StripReading {
  readonly key: string;
  readonly predictions: readonly number[];
}

/** A row of the strip: a reading with the optimizer's name and colour. */
export interface StripLane extends StripReading {
  readonly label: string;
  readonly color: string;
}

/**
 * The rows: the race's readings once it has streamed, before that the lanes Train will race with
 * nothing read yet, so the strip has its height before the first progress.
 */
export function stripReadings(
  lanes: readonly StripReading[],
  nextKeys: readonly string[],
): readonly StripReading[] {
  return lanes.length > 0 ? lanes : nextKeys.map((key) => ({ key, predictions: [] }));
}

/** Whether two sets of rows show the same: the strip draws again only when they do not. */
export function sameStripLanes(a: readonly StripLane[], b: readonly StripLane[]): boolean {
  return (
    a.length === b.length &&
    a.every((lane, i) => {
      const other = b[i];
      return (
        lane.key === other.key &&
        lane.label === other.label &&
        lane.color === other.color &&
        lane.predictions.length === other.predictions.length &&
        lane.predictions.every((p, j) => p === other.predictions[j])
      );
    })
  );
}

/** The squares of one grey level, as one SVG path, with that level's ink opacity. */
export interface InkLayer {
  readonly level: number;
  readonly path: string;
  readonly opacity: string;
}

/**
 * A digit of side × side pixels (grey levels 0 = paper … max = full ink, row by row) as one path
 * per grey level that occurs (at most `max`), not one element per pixel: ink over white paper in
 * either theme, as the digit was written.
 */
export function digitImage(
  levels: readonly number[],
  max: number,
  side: number,
): { readonly paper: string; readonly ink: string; readonly layers: readonly InkLayer[] } {
  const paths: string[] = new Array(max + 1).fill('');
  levels.forEach((v, p) => {
    if (v > 0) paths[v] += `M${p % side} ${Math.floor(p / side)}h1v1h-1z`;
  });
  const layers = paths.flatMap((path, level) =>
    path ? [{ level, path, opacity: fixed(level / max, 3) }] : [],
  );
  return { paper: DIGIT_COLORS.paper, ink: DIGIT_COLORS.ink, layers };
}
