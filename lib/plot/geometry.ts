/**
 * Where a plot's data area sits in pixels and how data maps onto it. Plotly draws the axes once;
 * everything that moves is drawn by an SVG overlay using this mapping, so it must match
 * Plotly's own (linear, or log10 for a log axis).
 */
export interface PlotGeometry {
  /** Plot area offset and size in CSS pixels, relative to the plot's top-left corner. */
  left: number;
  top: number;
  width: number;
  height: number;
  x: AxisSpec;
  y: AxisSpec;
}

export interface AxisSpec {
  /** Data range (for a log axis: in data units, not exponents). */
  range: readonly [number, number];
  log?: boolean;
}

function toAxisUnits(value: number, axis: AxisSpec): number {
  return axis.log ? Math.log10(value) : value;
}

/** Fraction 0..1 of the way along an axis (can fall outside for off-plot points). */
export function axisFraction(value: number, axis: AxisSpec): number {
  const lo = toAxisUnits(axis.range[0], axis);
  const hi = toAxisUnits(axis.range[1], axis);
  return (toAxisUnits(value, axis) - lo) / (hi - lo);
}

export function toPixelX(geometry: PlotGeometry, x: number): number {
  return geometry.left + axisFraction(x, geometry.x) * geometry.width;
}

export function toPixelY(geometry: PlotGeometry, y: number): number {
  return geometry.top + (1 - axisFraction(y, geometry.y)) * geometry.height;
}

/** The inverse of toPixelX/toPixelY: where a pointer is, in data units. */
export function toData(geometry: PlotGeometry, px: number, py: number): [number, number] {
  const fromFraction = (f: number, axis: AxisSpec) => {
    const lo = toAxisUnits(axis.range[0], axis);
    const hi = toAxisUnits(axis.range[1], axis);
    const v = lo + f * (hi - lo);
    return axis.log ? 10 ** v : v;
  };
  return [
    fromFraction((px - geometry.left) / geometry.width, geometry.x),
    fromFraction(1 - (py - geometry.top) / geometry.height, geometry.y),
  ];
}

/** Keeps SVG coordinates finite and bounded: browsers misdraw paths with huge numbers. */
const PIXEL_LIMIT = 1e5;
function clampPixel(v: number): number {
  return Math.max(-PIXEL_LIMIT, Math.min(PIXEL_LIMIT, v));
}

/**
 * An SVG path `M x y L x y …` through the points (xs[i], ys[i]); a non-finite or (on a log
 * axis) non-positive value breaks the line instead of poisoning it.
 */
export function pathThrough(
  geometry: PlotGeometry,
  count: number,
  xAt: (i: number) => number,
  yAt: (i: number) => number,
): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < count; i++) {
    const x = xAt(i);
    const y = yAt(i);
    const drawable =
      Number.isFinite(x) &&
      Number.isFinite(y) &&
      (!geometry.x.log || x > 0) &&
      (!geometry.y.log || y > 0);
    if (!drawable) {
      pen = false;
      continue;
    }
    const px = clampPixel(toPixelX(geometry, x));
    const py = clampPixel(toPixelY(geometry, y));
    d += `${pen ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`;
    pen = true;
  }
  return d;
}
