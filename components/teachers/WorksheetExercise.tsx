import type { ExerciseSpec } from '@/lib/exercises';
import { mathHtml } from '@/lib/content/inline-math';
import { formatNumber, PARAMETER_LABEL } from './answerKey';
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
          <p className="worksheet-line">
            {spec.set.map((name) => (
              <span key={name} className="worksheet-field">
                {PARAMETER_LABEL[name]} (between {formatNumber(spec.ranges[name]?.[0] ?? 0)} and{' '}
                {formatNumber(spec.ranges[name]?.[1] ?? 0)}): <span className="worksheet-blank" />
              </span>
            ))}
          </p>
        </>
      )}
      {spec.kind === 'network' && (
        <p className="worksheet-line">
          {spec.set.map((name) => (
            <span key={name} className="worksheet-field">
              {PARAMETER_LABEL[name]} (between {formatNumber(spec.ranges[name]?.[0] ?? 0)} and{' '}
              {formatNumber(spec.ranges[name]?.[1] ?? 0)}): <span className="worksheet-blank" />
            </span>
          ))}
        </p>
      )}
      <div className="worksheet-space" aria-label="Space for working" />
    </li>
  );
}
