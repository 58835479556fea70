import type { ReactNode } from 'react';
import type { PlotGeometry } from '@/lib/plot/geometry';

/** Sideways slack in pixels, so end markers at the first and last step stay round. */
const SLACK = 6;

/**
 * Clips overlay drawing to the plot area, so a curve that leaves the fixed axis range (a
 * diverging run, momentum's overshoot) stops at the frame instead of crossing the tick labels.
 * `id` must be unique on the page (React's useId, made safe for url(#…)).
 */
export function PlotAreaClip({
  id,
  geometry,
  children,
}: {
  id: string;
  geometry: PlotGeometry;
  children: ReactNode;
}) {
  const safe = `clip-${id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <>
      <defs>
        <clipPath id={safe}>
          <rect
            x={geometry.left - SLACK}
            y={geometry.top}
            width={geometry.width + 2 * SLACK}
            height={geometry.height}
          />
        </clipPath>
      </defs>
      <g clipPath={`url(#${safe})`}>{children}</g>
    </>
  );
}
