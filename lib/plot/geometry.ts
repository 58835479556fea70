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
 * A point closer than this to the last one drawn, along both axes, adds nothing visible (CSS
 * pixels): a converging run puts hundreds of iterates on one spot, and a path string that lists
 * them all costs every frame of a drag to build, parse and rasterise.
 */
const MIN_STEP_PX = 0.5;

/** A pixel coordinate in a path, to a tenth of a pixel (cheaper than toFixed, same drawing). */
function tenth(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * An SVG path `M x y L x y …` through the points (xs[i], ys[i]); a non-finite or (on a log
 * axis) non-positive value breaks the line instead of poisoning it. Points within half a pixel
 * of the last one drawn are left out, except the last point of each piece, so every piece still
 * ends exactly where its data does.
 */
export function pathThrough(
  geometry: PlotGeometry,
  count: number,
  xAt: (i: number) => number,
  yAt: (i: number) => number,
): string {
  let d = '';
  let pen = false;
  let lastX = 0;
  let lastY = 0;
  // The latest point left out as too close; drawn if the piece ends before another point is.
  let held = false;
  let heldX = 0;
  let heldY = 0;
  const endPiece = () => {
    if (held) d += `L${tenth(heldX)} ${tenth(heldY)}`;
    held = false;
    pen = false;
  };
  for (let i = 0; i < count; i++) {
    const x = xAt(i);
    const y = yAt(i);
    const drawable =
      Number.isFinite(x) &&
      Number.isFinite(y) &&
      (!geometry.x.log || x > 0) &&
      (!geometry.y.log || y > 0);
    if (!drawable) {
      endPiece();
      continue;
    }
    const px = clampPixel(toPixelX(geometry, x));
    const py = clampPixel(toPixelY(geometry, y));
    if (pen && Math.abs(px - lastX) < MIN_STEP_PX && Math.abs(py - lastY) < MIN_STEP_PX) {
      held = true;
      heldX = px;
      heldY = py;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${tenth(px)} ${tenth(py)}`;
    lastX = px;
    lastY = py;
    pen = true;
    held = false;
  }
  endPiece();
  return d;
}

/**
 * Calls `draw` with the pixel position of each point that lies within any sane pixel range (the
 * rest are skipped): the walk the mark series below share.
 */
function eachPixel(
  geometry: PlotGeometry,
  count: number,
  xAt: (i: number) => number,
  yAt: (i: number) => number,
  draw: (px: number, py: number, i: number) => void,
): void {
  for (let i = 0; i < count; i++) {
    const px = toPixelX(geometry, xAt(i));
    const py = toPixelY(geometry, yAt(i));
    if (Math.abs(px) < PIXEL_LIMIT && Math.abs(py) < PIXEL_LIMIT) draw(px, py, i);
  }
}

/**
 * Small circles of radius `r` at the points, as one SVG path (one DOM node however many points).
 * A point within half a pixel of the last circle drawn would hide under it and is left out; the
 * last point always gets its circle. Points off any sane pixel range are skipped.
 */
export function dotsThrough(
  geometry: PlotGeometry,
  count: number,
  xAt: (i: number) => number,
  yAt: (i: number) => number,
  r = 2,
): string {
  let d = '';
  let lastX = NaN;
  let lastY = NaN;
  eachPixel(geometry, count, xAt, yAt, (px, py, i) => {
    const hidden = Math.abs(px - lastX) < MIN_STEP_PX && Math.abs(py - lastY) < MIN_STEP_PX;
    if (hidden && i < count - 1) return;
    d += `M${tenth(px - r)} ${tenth(py)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
    lastX = px;
    lastY = py;
  });
  return d;
}

/**
 * A stem plot's stems as one SVG path: a vertical segment from the level `base` to each point.
 * One DOM node for all of them, so a figure that redraws forty stems on every move of a drag
 * changes one attribute, not forty elements. Points off any sane pixel range are skipped.
 */
export function stemsThrough(
  geometry: PlotGeometry,
  count: number,
  xAt: (i: number) => number,
  yAt: (i: number) => number,
  base = 0,
): string {
  const y0 = tenth(toPixelY(geometry, base));
  let d = '';
  eachPixel(geometry, count, xAt, yAt, (px, py) => {
    d += `M${tenth(px)} ${y0}V${tenth(py)}`;
  });
  return d;
}

/**
 * Bars `widthPx` pixels wide, centred on each x and reaching from the level `base` to y, as one
 * SVG path (one DOM node for a whole bar chart). Points off any sane pixel range are skipped.
 */
export function barsThrough(
  geometry: PlotGeometry,
  count: number,
  xAt: (i: number) => number,
  yAt: (i: number) => number,
  widthPx: number,
  base = 0,
): string {
  const y0 = tenth(toPixelY(geometry, base));
  const w = tenth(widthPx);
  let d = '';
  eachPixel(geometry, count, xAt, yAt, (px, py) => {
    d += `M${tenth(px - widthPx / 2)} ${y0}V${tenth(py)}h${w}V${y0}Z`;
  });
  return d;
}
