'use client';

import { useState, type CSSProperties, type PointerEvent as ReactPointerEvent } from 'react';
import { toData, type PlotGeometry } from '@/lib/plot/geometry';

/** Where a pointer is, in the plot's data coordinates: [x, y]. */
export type DataPoint = [number, number];

/**
 * What a draggable handle wears: `touch-action: none`, so a finger on it drags the handle
 * instead of scrolling the page (the rest of the figure still scrolls).
 */
export const DRAG_HANDLE_STYLE: CSSProperties = { touchAction: 'none' };

/**
 * One way to drag something on a figure's SVG overlay with a mouse, a pen or a finger. The
 * returned handlers go on the element that receives the press (a handle, or a whole plot area);
 * it captures the pointer so the drag continues outside it. Points are in data coordinates:
 * (clientX − svg.left, clientY − svg.top) mapped back through the plot geometry.
 */
export function useSvgDrag(
  geometry: PlotGeometry,
  {
    onDrag,
    onHover,
    jumpOnPress = true,
    accepts,
  }: {
    /** The pointer moved while pressed (and at the press itself with `jumpOnPress`). */
    onDrag: (point: DataPoint) => void;
    /** A mouse moved over the element without a press; null when it leaves. */
    onHover?: (point: DataPoint | null) => void;
    /** Move to the pressed point at once (a marker follows a click), or only on movement. */
    jumpOnPress?: boolean;
    /** Which presses start a drag (e.g. a finger only on the marker, so the page can scroll). */
    accepts?: (event: ReactPointerEvent<SVGElement>) => boolean;
  },
) {
  const [dragging, setDragging] = useState(false);
  const toPoint = (event: ReactPointerEvent<SVGElement>): DataPoint => {
    const svg = event.currentTarget.ownerSVGElement ?? event.currentTarget;
    const box = svg.getBoundingClientRect();
    return toData(geometry, event.clientX - box.left, event.clientY - box.top);
  };
  const stop = () => setDragging(false);
  const handlers = {
    onPointerDown: (event: ReactPointerEvent<SVGElement>) => {
      if (event.button !== 0 || (accepts && !accepts(event))) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      setDragging(true);
      onHover?.(null);
      if (jumpOnPress) onDrag(toPoint(event));
    },
    onPointerMove: (event: ReactPointerEvent<SVGElement>) => {
      if (dragging) onDrag(toPoint(event));
      else if (onHover && event.pointerType === 'mouse') onHover(toPoint(event));
    },
    onPointerUp: stop,
    onPointerCancel: stop,
    onPointerLeave: onHover ? () => onHover(null) : undefined,
  };
  return { dragging, handlers };
}
