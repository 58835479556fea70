import { useId, type ReactNode } from 'react';
import type { PlotGeometry } from '@/lib/plot/geometry';

/**
 * Clips overlay drawing to the plot area, so a curve that leaves the fixed axis range (a
 * diverging run, momentum's overshoot) stops at the frame instead of crossing the tick labels.
 * `slackX` / `slackY` widen the area by that many pixels each side, so end markers on the
 * first or last step, or on the top of the range, stay round.
 */
export function PlotAreaClip({
  geometry,
  slackX = 6,
  slackY = 0,
  children,
}: {
  geometry: PlotGeometry;
  slackX?: number;
  slackY?: number;
  children: ReactNode;
}) {
  // useId's colons are not safe inside url(#…).
  const id = `clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <>
      <defs>
        <clipPath id={id}>
          <rect
            x={geometry.left - slackX}
            y={geometry.top - slackY}
            width={geometry.width + 2 * slackX}
            height={geometry.height + 2 * slackY}
          />
        </clipPath>
      </defs>
      <g clipPath={`url(#${id})`}>{children}</g>
    </>
  );
}
