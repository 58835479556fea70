import type { ExerciseSpec, ParameterName } from '@/lib/exercises';
import { mathHtml } from '@/lib/content/inline-math';
import { PARAMETER_LABEL } from './answerKey';
import { shortNumber } from '@/lib/plot/format';
import { ChallengeFigure, QuestionFigure } from './ChallengeFigure';

/** One exercise as printed on a worksheet: the question, the options, room to answer. */
export function WorksheetExercise({ spec, number }: { spec: ExerciseSpec; number: number }) {
  return (
    <li className="worksheet-item">
      <p className="worksheet-prompt">
        <strong>{number}.</strong>{' '}
        <span
          dangerouslySetInnerHTML={{ __html: mathHtml(spec.prompt ?? spec.title ?? spec.id) }}
        />
      </p>
      <QuestionFigure spec={spec} />
      {spec.kind === 'choice' && (
        <ol type="a" className="worksheet-choices">
          {spec.choices.map((c) => (
            <li key={c.id}>
              <span className="worksheet-box" aria-hidden="true" />{' '}
              <span dangerouslySetInnerHTML={{ __html: mathHtml(c.text) }} />
            </li>
          ))}
        </ol>
      )}
      {spec.kind === 'numeric' && (
        <p className="worksheet-line">
          {spec.label ?? 'Answer'}: <span className="worksheet-blank" />
        </p>
      )}
      {spec.kind === 'formula' && (
        <p className="worksheet-line">
          {spec.label ?? 'Formula'}: <span className="worksheet-blank wide" />
        </p>
      )}
      {spec.kind === 'parameter' && (
        <>
          <ChallengeFigure spec={spec} />
          <ParameterBlanks spec={spec} />
        </>
      )}
      {spec.kind === 'network' && <ParameterBlanks spec={spec} />}
      <div className="worksheet-space" aria-label="Space for working" />
    </li>
  );
}

/** A blank to fill in for each parameter a challenge lets the learner set, with its range. */
function ParameterBlanks({
  spec,
}: {
  spec: Extract<ExerciseSpec, { kind: 'parameter' }> | Extract<ExerciseSpec, { kind: 'network' }>;
}) {
  const ranges: Partial<Record<ParameterName, readonly [number, number]>> = spec.ranges;
  return (
    <p className="worksheet-line">
      {spec.set.map((name) => (
        <span key={name} className="worksheet-field">
          {PARAMETER_LABEL[name]} (between {shortNumber(ranges[name]?.[0] ?? 0)} and{' '}
          {shortNumber(ranges[name]?.[1] ?? 0)}): <span className="worksheet-blank" />
        </span>
      ))}
    </p>
  );
}
