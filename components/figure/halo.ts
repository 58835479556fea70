/**
 * An outline in the figure's background colour painted behind overlay text (SVG paint-order),
 * so a label stays legible over curves, contours and heatmap colours.
 */
export function haloText(color: string) {
  return {
    stroke: color,
    strokeWidth: 3,
    paintOrder: 'stroke',
    strokeLinejoin: 'round',
  } as const;
}
