import { findWorkingSetting, goalWords, type ExerciseSpec } from '@/lib/exercises';
import { shortNumber } from '@/lib/plot/format';
import { mathHtml } from '@/lib/content/inline-math';
import {
  findNetworkSetting,
  KIND_LABEL,
  numericAnswerText,
  optimizerLabel,
  PARAMETER_LABEL,
} from './answerKey';

function Html({ text, as: Tag = 'span' }: { text: string; as?: 'span' | 'p' | 'li' | 'dd' }) {
  return <Tag dangerouslySetInnerHTML={{ __html: mathHtml(text) }} />;
}

/** The answer to one exercise, as the teacher's guide shows it. */
function Answer({ spec }: { spec: ExerciseSpec }) {
  switch (spec.kind) {
    case 'numeric':
      return <p>{numericAnswerText(spec)}</p>;
    case 'choice': {
      const correct = spec.choices.filter((c) => spec.correct.includes(c.id));
      return (
        <ul>
          {correct.map((c) => (
            <Html key={c.id} as="li" text={c.text} />
          ))}
        </ul>
      );
    }
    case 'formula':
      return (
        <p>
          <code>{spec.expected}</code>{' '}
          {spec.form === 'rule'
            ? '(any rule that moves the same way is accepted: the checker compares trajectories'
            : '(any equivalent formula is accepted: the checker compares values'}
          {Object.keys(spec.params).length > 0
            ? `, with ${Object.entries(spec.params)
                .map(([k, v]) => `${k} = ${v}`)
                .join(', ')})`
            : ')'}
        </p>
      );
    case 'parameter': {
      const setting = findWorkingSetting(spec);
      const goal = goalWords(spec.goal);
      const ranges = spec.set.map((name) => {
        const [lo, hi] = spec.ranges[name] as [number, number];
        return `${PARAMETER_LABEL[name]} in [${shortNumber(lo)}, ${shortNumber(hi)}]`;
      });
      return (
        <>
          <p>
            Goal: with {optimizerLabel(spec.optimizer)} on <code>{spec.objective}</code> from (
            {shortNumber(spec.start[0])}, {shortNumber(spec.start[1])}), bring the {goal.text} and
            keep it there (a loss that only dips below the goal and climbs back does not pass). The
            learner sets {ranges.join('; ')}.
          </p>
          {setting ? (
            <p>
              A working setting:{' '}
              <strong>
                {spec.set
                  .map((name) => `${PARAMETER_LABEL[name].split(' ')[0]} = ${setting.shown[name]}`)
                  .join(', ')}
              </strong>{' '}
              keeps the loss below {goal.level} from step {setting.steps} on. On a grid over the
              allowed ranges {setting.passing} of {setting.tried} settings pass (
              {Math.round((100 * setting.passing) / setting.tried)}%), checked with the same code as
              the page and the grader.
            </p>
          ) : (
            <p>
              No setting on a grid over the allowed ranges passes; see the solution in the lesson.
            </p>
          )}
        </>
      );
    }
    case 'network': {
      const setting = findNetworkSetting(spec);
      return (
        <>
          <p>
            Goal: train the digit classifier ({spec.hidden} hidden units,{' '}
            {spec.batch === 0 ? 'full batch' : `batches of ${spec.batch}`}, seed {spec.seed}) with{' '}
            {optimizerLabel(spec.optimizer)} so that test accuracy reaches{' '}
            {Math.round(spec.goal.accuracy * 100)}% by epoch {spec.goal.epochs} and stays there
            (checked through epoch {spec.goal.epochs + (spec.margin ?? spec.goal.epochs)}). The
            learner sets{' '}
            {spec.set
              .map((name) => {
                const [lo, hi] = spec.ranges[name] as [number, number];
                return `${PARAMETER_LABEL[name]} in [${shortNumber(lo)}, ${shortNumber(hi)}]`;
              })
              .join('; ')}
            .
          </p>
          {setting ? (
            <p>
              A working setting (the course’s tuned step):{' '}
              <strong>
                α = {shortNumber(setting.values.lr)}, β = {shortNumber(setting.values.beta)}
              </strong>
              . {setting.message}
            </p>
          ) : (
            <p>See the solution in the lesson for a setting that passes.</p>
          )}
        </>
      );
    }
  }
}

/** Wrong options' feedback: what a learner who picks them is likely thinking. */
function Misconceptions({ spec }: { spec: ExerciseSpec }) {
  if (spec.kind !== 'choice') return null;
  const wrong = spec.choices.filter((c) => !spec.correct.includes(c.id) && c.why);
  if (wrong.length === 0) return null;
  return (
    <>
      <h5>Common misconceptions</h5>
      <ul>
        {wrong.map((c) => (
          <li key={c.id}>
            <em dangerouslySetInnerHTML={{ __html: mathHtml(c.text) }} /> —{' '}
            <span dangerouslySetInnerHTML={{ __html: mathHtml(c.why ?? '') }} />
          </li>
        ))}
      </ul>
    </>
  );
}

export function ExerciseKey({ spec, number }: { spec: ExerciseSpec; number: number }) {
  return (
    <li className="answer-key" id={`key-${spec.id}`}>
      <h4>
        {number}. {KIND_LABEL[spec.kind]}
        {spec.predict ? ' (predict before you look)' : ''} <code className="meta">{spec.id}</code>
      </h4>
      {spec.prompt && <Html as="p" text={spec.prompt} />}
      {spec.kind === 'choice' && (
        <ol type="a" className="meta">
          {spec.choices.map((c) => (
            <Html key={c.id} as="li" text={c.text} />
          ))}
        </ol>
      )}
      <h5>Answer</h5>
      <Answer spec={spec} />
      <Misconceptions spec={spec} />
      <p className="meta">
        {spec.hintCount} hint{spec.hintCount === 1 ? '' : 's'}
        {spec.hasSolution ? ' and a worked solution' : ''} in the lesson.
      </p>
    </li>
  );
}
