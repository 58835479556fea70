import type { ReactNode } from 'react';
import type { PlotGeometry } from '@/lib/plot/geometry';

/**
 * Clips overlay drawing to the plot area, so a curve that leaves the fixed axis range (a
 * diverging run, momentum's overshoot) stops at the frame instead of crossing the tick labels.
 * `id` must be unique on the page (React's useId, made safe for url(#…)).
 */
const SLACK = 6;

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
            x={geometry.left}
            y={geometry.top}
            width={geometry.width}
            height={geometry.height}
          />
        </clipPath>
      </defs>
      <g clipPath={`url(#${safe})`}>{children}</g>
    </>
  );
}
