import type { ExerciseSpec, ParameterSpec } from '@/lib/exercises';
import {
  challengeFigure,
  figureOf,
  type ChallengeFigureData,
} from '@/lib/exercises/challenge-figure';
import { PlotAreaClip } from '@/components/widgets/PlotAreaClip';

/** A static SVG of a tuning challenge's opening picture (no JavaScript, prints in black and white). */
export function ChallengeFigure({ spec }: { spec: ParameterSpec }) {
  const data = challengeFigure(spec);
  return data && <FigureSvg data={data} />;
}

/**
 * The figure a question refers to ("the bowl above"), for a worksheet: the question's surface
 * and the run it describes, static.
 */
export function QuestionFigure({ spec }: { spec: ExerciseSpec }) {
  const data = spec.figure ? figureOf(spec.figure) : null;
  return data && <FigureSvg data={data} />;
}

function FigureSvg({ data }: { data: ChallengeFigureData }) {
  const { area, caption } = data;
  const geometry = { ...area, x: { range: data.view.x }, y: { range: data.view.y } };
  return (
    <figure className="worksheet-figure">
      <svg
        viewBox={`0 0 ${data.width} ${data.height}`}
        width={data.width}
        height={data.height}
        role="img"
        aria-label={caption}
      >
        <rect
          x={area.left}
          y={area.top}
          width={area.width}
          height={area.height}
          fill="none"
          stroke="currentColor"
          strokeWidth={1}
        />
        {/* No slack: the worksheet's frame is the clip, as printed. */}
        <PlotAreaClip geometry={geometry} slackX={0}>
          <g fill="none">
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
        </PlotAreaClip>
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
        {caption} {data.marks}
      </figcaption>
    </figure>
  );
}
