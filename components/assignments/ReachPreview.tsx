import type { Reachability } from '@/lib/assignments/builder-check';
import { PARAMETER_LABEL } from '@/components/teachers/answerKey';
import { shortNumber } from '@/lib/plot/format';

/**
 * A small map of the builder's grid search: one cell per setting tried, filled where the
 * challenge's check passes, the suggested setting ringed. On a line for one parameter, a plane
 * (first parameter across, second up) for two; the figure is decoration for the sentence beside
 * it, which says the same in words.
 */
export function ReachPreview({ reach }: { reach: Reachability }) {
  const { axes, passed } = reach.search;
  if (axes.length > 2 || axes.length === 0) return null;
  const across = axes[0].values.length;
  const up = axes.length === 2 ? axes[1].values.length : 1;
  const height = axes.length === 2 ? up : Math.max(1, Math.round(across / 12));
  const cellHeight = height / up;
  const example = reach.example?.values;
  const exampleAt =
    example && axes.map((axis) => axis.values.indexOf(example[axis.name] as number));
  return (
    <figure className="reach-preview" aria-hidden="true">
      <svg
        viewBox={`0 0 ${across} ${height}`}
        preserveAspectRatio="none"
        className={axes.length === 2 ? 'reach-plane' : 'reach-line'}
      >
        <rect x={0} y={0} width={across} height={height} className="reach-fail" />
        {passed.map((ok, k) => {
          if (!ok) return null;
          const i = axes.length === 2 ? Math.floor(k / up) : k;
          const j = axes.length === 2 ? k % up : 0;
          return (
            <rect
              key={k}
              x={i}
              y={height - (j + 1) * cellHeight}
              width={1.02}
              height={cellHeight * 1.02}
              className="reach-pass"
            />
          );
        })}
        {exampleAt && exampleAt.every((i) => i >= 0) && (
          <rect
            x={exampleAt[0]}
            y={height - ((exampleAt[1] ?? 0) + 1) * cellHeight}
            width={1}
            height={cellHeight}
            className="reach-example"
          />
        )}
      </svg>
      <figcaption className="meta">
        {axes
          .map(
            (a, d) =>
              `${PARAMETER_LABEL[a.name]} ${shortNumber(a.values[0])}–${shortNumber(a.values[a.values.length - 1])}${axes.length === 2 ? (d === 0 ? ' across' : ' up') : ''}`,
          )
          .join(', ')}
      </figcaption>
    </figure>
  );
}
