'use client';

import { IntentLink } from '@/components/layout/IntentLink';
import { useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { buildSubmission, submissionFileName, type Assignment } from '@/lib/assignments';
import { challengeQuestion } from '@/lib/exercises/challenge-question';
import type { ExerciseOverrides, ExerciseSpec } from '@/lib/exercises/types';
import { ChoiceAnswer, Choice } from '@/components/exercises/ChoiceAnswer';
import { ExerciseCatalog } from '@/components/exercises/ExerciseCatalog';
import { FormulaAnswer } from '@/components/exercises/FormulaAnswer';
import { NumericAnswer } from '@/components/exercises/NumericAnswer';
import { NetworkChallenge } from '@/components/widgets/network/NetworkChallenge';
import { ParameterChallenge } from '@/components/exercises/ParameterChallenge';
import { ProgressBar } from '@/components/exercises/ProgressBar';
import { PromptText } from '@/components/exercises/PromptText';
import { useProgress } from '@/components/exercises/ProgressProvider';
import { useSolvedIds } from '@/components/exercises/useSolved';
import { entryFor } from '@/lib/progress/scope';
import { downloadText } from './download';
import { QuestionFigureLive } from './QuestionFigureLive';

/** The exercise tag that asks each kind of question (it takes the prompt as its children). */
const ANSWER_TAGS: Record<
  ExerciseSpec['kind'],
  ComponentType<{ id: string; children?: ReactNode }>
> = {
  choice: ChoiceAnswer,
  numeric: NumericAnswer,
  formula: FormulaAnswer,
  parameter: ParameterChallenge,
  network: NetworkChallenge,
};

/**
 * A student's view of an assignment: its exercises (as set by the instructor), progress, and a
 * submission file to hand in. Hints and solutions stay in the lessons.
 */
export function AssignmentView({
  assignment,
  catalog,
}: {
  assignment: Assignment;
  catalog: Record<string, ExerciseSpec>;
}) {
  const progress = useProgress();
  const [name, setName] = useState('');
  const [studentId, setStudentId] = useState('');
  const [message, setMessage] = useState('');
  // The ids come from a link anyone can write: look them up in a Map, where `constructor` is
  // just a missing exercise and not Object.prototype's.
  const { present, missing, specs, overrides } = useMemo(() => {
    const course = new Map(Object.entries(catalog));
    const listed = assignment.exercises.flatMap((e) => {
      const spec = course.get(e.id);
      // Assignments are assessments: the hints and worked solutions belong to the lessons.
      return spec ? [{ ...e, spec: { ...spec, hintCount: 0, hasSolution: false } }] : [];
    });
    return {
      present: listed,
      missing: assignment.exercises.filter((e) => !course.has(e.id)),
      specs: listed.map((e) => e.spec),
      overrides: new Map(listed.flatMap((e) => (e.overrides ? [[e.id, e.overrides]] : []))),
    };
  }, [assignment, catalog]);

  // Solved here means: the answer given under this assignment's settings passes them.
  const solvedIds = useSolvedIds(
    present.map(({ id, spec, overrides }) => ({
      spec,
      overrides,
      entry: entryFor(progress, id, overrides),
    })),
  );

  const submit = () => {
    const result = buildSubmission(assignment, progress, name, Date.now(), studentId);
    if (!result.ok) {
      setMessage(result.error);
      return;
    }
    downloadText(
      submissionFileName(result.submission),
      JSON.stringify(result.submission, null, 2),
      'application/json',
    );
    setMessage(
      `Saved ${submissionFileName(result.submission)}: hand this file in to your instructor.`,
    );
  };

  return (
    <ExerciseCatalog specs={specs} overrides={overrides}>
      <h1>{assignment.title}</h1>
      {assignment.due && <p className="meta">Due {assignment.due}</p>}
      <ProgressBar
        exerciseIds={present.map((e) => e.id)}
        solvedIds={solvedIds}
        label="Progress in this assignment"
      />
      {missing.length > 0 && (
        <p className="num-error" role="alert">
          {missing.length} exercise(s) of this assignment are not in this version of the course:{' '}
          {missing.map((e) => e.id).join(', ')}.
        </p>
      )}
      {present.map(({ id, spec }, index) => {
        const lessonLink = (
          <p className="meta">
            Exercise {index + 1} · from the lesson{' '}
            <IntentLink href={`/lessons/${spec.lesson}/#exercise-${id}`}>
              {spec.lesson.replace(/-/g, ' ')}
            </IntentLink>
          </p>
        );
        const changed = spec.kind === 'parameter' ? overrides.get(id) : undefined;
        // Changed settings: the lesson's prose would quote the old numbers, so the question is
        // written from the settings this assignment asks for.
        const prompt =
          spec.kind === 'parameter' && changed ? (
            <>
              <ChallengeQuestion spec={spec} overrides={changed} />
              <p className="meta">
                This assignment sets its own surface, target or budget: the question above states
                them.
              </p>
            </>
          ) : (
            <>
              <PromptText text={spec.prompt ?? spec.title ?? id} />
              {spec.figure && <QuestionFigureLive figure={spec.figure} />}
            </>
          );
        // A choice lists its options after the prompt; every other kind takes the prompt alone.
        const Answer = ANSWER_TAGS[spec.kind];
        return (
          <div key={id}>
            {lessonLink}
            <Answer id={id}>
              {prompt}
              {spec.kind === 'choice' &&
                spec.choices.map((c) => (
                  <Choice key={c.id} id={c.id}>
                    {c.text}
                  </Choice>
                ))}
            </Answer>
          </div>
        );
      })}
      <section className="submit-box" aria-labelledby="submit-heading">
        <h2 id="submit-heading">Hand in</h2>
        <p>
          Your answers are saved in this browser as you go. When you are done, download the
          submission file and give it to your instructor.
        </p>
        <label className="exercise-input">
          Your name
          <input
            type="text"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="exercise-input">
          Student id (optional: the id your school&apos;s gradebook knows you by)
          <input type="text" value={studentId} onChange={(e) => setStudentId(e.target.value)} />
        </label>
        <button type="button" className="button primary" onClick={submit}>
          Download submission file
        </button>
        <p role="status" className="meta">
          {message}
        </p>
      </section>
    </ExerciseCatalog>
  );
}

/**
 * A challenge asked from the assignment's settings. Written when it renders, inside the
 * exercise's error boundary: a setting that cannot be formatted replaces this one exercise by a
 * notice, not the whole assignment.
 */
function ChallengeQuestion({
  spec,
  overrides,
}: {
  spec: Extract<ExerciseSpec, { kind: 'parameter' }>;
  overrides: ExerciseOverrides;
}) {
  return <PromptText text={challengeQuestion(spec, overrides)} />;
}
