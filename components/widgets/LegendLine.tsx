import { LegendMark } from '@/components/figure/Legend';

/** A short line for a legend entry, drawn with the same colour and dash as in the figure. */
export function LegendLine({
  color = 'currentColor',
  dash,
  width = 2,
}: {
  color?: string;
  /** An SVG dash pattern such as "5 4"; solid when omitted. */
  dash?: string;
  width?: number;
}) {
  return (
    <LegendMark width={22} height={8}>
      <line
        x1="1"
        y1="4"
        x2="21"
        y2="4"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dash}
      />
    </LegendMark>
  );
}
