import type { CSSProperties, ReactNode } from 'react';

/** A figure's legend: which colour, dash or mark is which. */
export function Legend({ children }: { children: ReactNode }) {
  return (
    <ul className="legend" aria-label="Legend">
      {children}
    </ul>
  );
}

/** A filled colour square for a legend entry. */
export function Swatch({ color, style }: { color: string; style?: CSSProperties }) {
  return <span className="swatch" style={{ background: color, ...style }} aria-hidden="true" />;
}

/** A small inline SVG mark (a cross, a ring) for a legend entry, drawn like the figure's. */
export function LegendMark({
  width = 14,
  height = 10,
  children,
}: {
  width?: number;
  height?: number;
  children: ReactNode;
}) {
  return (
    <svg
      width={width}
      height={height}
      aria-hidden="true"
      style={{ marginRight: '0.35rem', verticalAlign: 'middle' }}
    >
      {children}
    </svg>
  );
}
