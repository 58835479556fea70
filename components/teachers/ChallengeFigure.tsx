import type { ExerciseSpec, ParameterSpec } from '@/lib/exercises';
import { formatNumber, optimizerLabel } from './answerKey';
import {
  challengeFigure,
  figureOf,
  type ChallengeFigureData,
} from '@/lib/exercises/challenge-figure';

/** A static SVG of a tuning challenge's opening picture (no JavaScript, prints in black and white). */
export function ChallengeFigure({ spec }: { spec: ParameterSpec }) {
  const data = challengeFigure(spec);
  if (!data) return null;
  const settings = settingsText(data);
  const outcome =
    data.settledAt !== null
      ? `stays below the goal from step ${data.settledAt} on`
      : data.status === 'diverged'
        ? `diverges after ${data.steps} steps`
        : `has not settled below the goal after ${data.steps} steps`;
  const caption = `The surface as contour lines and ${optimizerLabel(spec.optimizer)} from (${formatNumber(spec.start[0])}, ${formatNumber(spec.start[1])}) with the starting values ${settings}: it ${outcome}.`;
  return <FigureSvg data={data} caption={caption} clipId={`clip-${spec.id}`} />;
}

/**
 * The figure a question refers to ("the bowl above"), for a worksheet: the question's surface
 * and the run it describes, static.
 */
export function QuestionFigure({ spec }: { spec: ExerciseSpec }) {
  const figure = spec.figure;
  if (!figure) return null;
  const data = figureOf(figure);
  if (!data) return null;
  const settings = settingsText(figure);
  const caption = `The figure this question refers to: the surface f(x, y) = ${figure.objective} as contour lines and ${figure.steps} steps of ${optimizerLabel(figure.optimizer)} from (${formatNumber(figure.start[0])}, ${formatNumber(figure.start[1])}) with ${settings}.`;
  return <FigureSvg data={data} caption={caption} clipId={`clip-figure-${spec.id}`} />;
}

/** "α = 1, β = 0.9" (β only when the run has one). */
function settingsText({ lr, beta }: { lr: number; beta?: number }): string {
  return [
    `α = ${formatNumber(lr)}`,
    ...(beta !== undefined ? [`β = ${formatNumber(beta)}`] : []),
  ].join(', ');
}

function FigureSvg({
  data,
  caption,
  clipId,
}: {
  data: ChallengeFigureData;
  caption: string;
  clipId: string;
}) {
  const { area } = data;
  return (
    <figure className="worksheet-figure">
      <svg
        viewBox={`0 0 ${data.width} ${data.height}`}
        width={data.width}
        height={data.height}
        role="img"
        aria-label={caption}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={area.left} y={area.top} width={area.width} height={area.height} />
          </clipPath>
        </defs>
        <rect
          x={area.left}
          y={area.top}
          width={area.width}
          height={area.height}
          fill="none"
          stroke="currentColor"
          strokeWidth={1}
        />
        <g clipPath={`url(#${clipId})`} fill="none">
          {data.contours.map((d, i) => (
            <path key={i} d={d} stroke="currentColor" strokeOpacity={0.35} strokeWidth={0.8} />
          ))}
          <path d={data.trajectory} stroke="currentColor" strokeWidth={1.8} />
          {data.minimizer && (
            <path
              d={`M${data.minimizer[0] - 5} ${data.minimizer[1]}h10M${data.minimizer[0]} ${data.minimizer[1] - 5}v10`}
              stroke="currentColor"
              strokeWidth={1.5}
            />
          )}
          <circle cx={data.start[0]} cy={data.start[1]} r={4} fill="currentColor" />
        </g>
        <g fontSize={11} fill="currentColor" fontFamily="system-ui, sans-serif">
          {data.xTicks.map((t) => (
            <text key={`x${t.value}`} x={t.px} y={area.top + area.height + 14} textAnchor="middle">
              {t.value}
            </text>
          ))}
          {data.yTicks.map((t) => (
            <text key={`y${t.value}`} x={area.left - 5} y={t.px + 4} textAnchor="end">
              {t.value}
            </text>
          ))}
          <text x={area.left + area.width / 2} y={data.height - 4} textAnchor="middle">
            x
          </text>
          <text x={10} y={area.top + area.height / 2} textAnchor="middle">
            y
          </text>
        </g>
      </svg>
      <figcaption>
        {caption} The dot is the start{data.minimizer ? ', the cross the minimum' : ''}.
      </figcaption>
    </figure>
  );
}
