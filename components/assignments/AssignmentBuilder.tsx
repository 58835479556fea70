'use client';

import { useMemo, useState } from 'react';
import { encodeAssignmentLink, parseAssignmentValue, type Assignment } from '@/lib/assignments';
import { assignmentId } from '@/lib/assignments/assignment-id';
import { readChallengeDraft, type ChallengeDraft } from '@/lib/assignments/builder-check';
import { draftOf } from '@/lib/assignments/builder-state';
import { mathHtml } from '@/lib/content/inline-math';
import type { ExerciseSpec } from '@/lib/exercises/types';
import { KIND_LABEL } from '@/components/teachers/answerKey';
import { ChallengeSettings } from './ChallengeSettings';
import { downloadText } from './download';
import { LmsDownload } from './LmsDownload';
import { useBuilderState } from './useBuilderState';
import { reachKey, useReachability, type ReachJob } from './useReachability';

interface LessonGroup {
  slug: string;
  title: string;
  exercises: ExerciseSpec[];
}

/**
 * The instructor's page: pick exercises across lessons, optionally change a challenge's
 * surface, goal or seed, and get a link for students plus a file for the course folder. Every
 * setting is checked as it is typed — it reads, the surface is defined where the run starts,
 * and some setting students can choose reaches the goal — and no link is made until all pass.
 * The unfinished assignment is kept in this browser across reloads.
 */
export function AssignmentBuilder({ lessons }: { lessons: LessonGroup[] }) {
  const { state, update, notice, loaded } = useBuilderState();
  const [copied, setCopied] = useState('');
  const { title, due, picked } = state;

  // Typeset once: the builder re-renders as its reachability search reports progress.
  const promptHtml = useMemo(
    () =>
      new Map(
        lessons.flatMap((l) =>
          l.exercises.map((e) => [e.id, mathHtml(e.prompt ?? e.title ?? e.id)] as const),
        ),
      ),
    [lessons],
  );
  const catalog = useMemo(
    () => new Map(lessons.flatMap((l) => l.exercises.map((e) => [e.id, e] as const))),
    [lessons],
  );
  // Only exercises this course has: a stored pick of a since-removed exercise is dropped.
  const chosen = useMemo(
    () => picked.flatMap((id) => (catalog.has(id) ? [catalog.get(id) as ExerciseSpec] : [])),
    [picked, catalog],
  );
  const readings = useMemo(
    () =>
      new Map(
        chosen.flatMap((spec) =>
          spec.kind === 'parameter'
            ? [[spec.id, readChallengeDraft(spec, draftOf(state, spec.id))] as const]
            : [],
        ),
      ),
    [chosen, state],
  );
  const jobs = useMemo(
    (): ReachJob[] =>
      chosen.flatMap((spec) => {
        const reading = readings.get(spec.id);
        return spec.kind === 'parameter' && reading?.ok
          ? [{ key: reachKey(spec.id, reading.overrides), spec, overrides: reading.overrides }]
          : [];
      }),
    [chosen, readings],
  );
  const { results, running } = useReachability(jobs);

  const draft = useMemo(() => {
    const assignment = {
      format: 'momentum-assignment',
      version: 1,
      id: assignmentId(title, state.suffix),
      title: title.trim() || 'Untitled assignment',
      ...(due ? { due } : {}),
      exercises: chosen.map(({ id }) => {
        const reading = readings.get(id);
        const overrides = reading?.ok ? reading.overrides : undefined;
        return overrides ? { id, overrides } : { id };
      }),
    };
    return parseAssignmentValue(assignment);
  }, [title, due, chosen, readings, state.suffix]);

  /** What stops the link, one line per exercise, in the order they are listed. */
  const blockers = chosen.flatMap((spec) => {
    const reading = readings.get(spec.id);
    if (!reading) return [];
    if (!reading.ok) return [`${spec.id}: fix its settings (see the message under them).`];
    const reach = results.get(reachKey(spec.id, reading.overrides));
    if (!reach) return [`${spec.id}: still checking that its goal can be reached…`];
    return reach.refusal ? [`${spec.id}: students could not reach its goal.`] : [];
  });

  const link = useMemo((): { ok: true; url: string } | { ok: false; error: string } | null => {
    if (!draft.ok || chosen.length === 0 || blockers.length > 0) return null;
    const encoded = encodeAssignmentLink(draft.assignment);
    if (!encoded.ok) return { ok: false, error: encoded.error };
    // Relative to this page, so the link also works under a base path or from a classroom copy.
    // From a classroom copy opened from disk a folder URL shows a listing: name the file.
    const url = new URL(
      window.location.protocol === 'file:' ? '../assignment/index.html' : '../assignment/',
      window.location.href,
    );
    url.search = `a=${encoded.param}`;
    return { ok: true, url: url.toString() };
  }, [draft, chosen.length, blockers.length]);

  const toggle = (id: string) =>
    update((s) => ({
      ...s,
      picked: s.picked.includes(id) ? s.picked.filter((x) => x !== id) : [...s.picked, id],
    }));
  const setDraft = (id: string, key: keyof ChallengeDraft, value: string) =>
    update((s) => ({ ...s, drafts: { ...s.drafts, [id]: { ...draftOf(s, id), [key]: value } } }));

  return (
    <div className="assign-builder" data-loaded={loaded ? 'true' : undefined}>
      {notice && (
        <p className="num-error" role="alert">
          {notice}
        </p>
      )}
      <div className="exercise-input">
        <label>
          Title
          <input
            type="text"
            value={title}
            maxLength={200}
            onChange={(e) => update((s) => ({ ...s, title: e.target.value }))}
            placeholder="Week 3: momentum"
          />
        </label>
        <label>
          Due date (optional)
          <input
            type="date"
            value={due}
            onChange={(e) => update((s) => ({ ...s, due: e.target.value }))}
          />
        </label>
      </div>
      {lessons.map((lesson) => (
        <fieldset key={lesson.slug} className="assign-lesson">
          <legend>{lesson.title}</legend>
          {lesson.exercises.map((exercise) => {
            const checked = picked.includes(exercise.id);
            const reading = readings.get(exercise.id);
            const key = reading?.ok ? reachKey(exercise.id, reading.overrides) : '';
            return (
              <div key={exercise.id} className="assign-exercise">
                <label>
                  <input type="checkbox" checked={checked} onChange={() => toggle(exercise.id)} />
                  <span className="assign-prompt">
                    <span className="meta">
                      <code>{exercise.id}</code> · {KIND_LABEL[exercise.kind]}
                    </span>
                    <br />
                    <span
                      dangerouslySetInnerHTML={{
                        __html: promptHtml.get(exercise.id) ?? '',
                      }}
                    />
                  </span>
                </label>
                {checked && exercise.kind === 'parameter' && reading && (
                  <ChallengeSettings
                    spec={exercise}
                    draft={draftOf(state, exercise.id)}
                    reading={reading}
                    reach={results.get(key)}
                    progress={running?.key === key ? running : null}
                    onChange={(field, value) => setDraft(exercise.id, field, value)}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <section aria-labelledby="assign-output" className="submit-box">
        <h2 id="assign-output">Share it</h2>
        {chosen.length === 0 && <p>Pick at least one exercise.</p>}
        {chosen.length > 0 && blockers.length > 0 && (
          <div className="num-error">
            <p>No link yet:</p>
            <ul>
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </div>
        )}
        {chosen.length > 0 && blockers.length === 0 && !draft.ok && (
          <p className="num-error" role="alert">
            The assignment {draft.error}.
          </p>
        )}
        {link && !link.ok && <p className="num-error">{link.error}</p>}
        {link?.ok && (
          <>
            <label className="exercise-input">
              Link for students
              <input
                type="text"
                readOnly
                value={link.url}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
            <div className="exercise-actions">
              <button
                type="button"
                className="button primary"
                onClick={async () => {
                  try {
                    await navigator.clipboard.writeText(link.url);
                    setCopied('Link copied.');
                  } catch {
                    setCopied('Select the link above and copy it.');
                  }
                }}
              >
                Copy link
              </button>
              <a className="button" href={`${link.url}&preview=1`}>
                Preview as a student
              </a>
              {draft.ok && (
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    downloadText(
                      `${draft.assignment.id}.json`,
                      `${JSON.stringify(draft.assignment as Assignment, null, 2)}\n`,
                      'application/json',
                    )
                  }
                >
                  Download assignment file
                </button>
              )}
              <span role="status" className="meta">
                {copied}
              </span>
            </div>
            {draft.ok && <LmsDownload assignment={draft.assignment} catalog={catalog} />}
            <p className="meta">
              Save the assignment file under <code>content/assignments/</code> and rebuild to ship
              it inside the course (for classrooms without internet); grade submissions with{' '}
              <code>
                npm run grade -- submissions/ --assignment{' '}
                {draft.ok ? draft.assignment.id : 'assignment'}.json
              </code>{' '}
              or on the grading page.
            </p>
          </>
        )}
      </section>
    </div>
  );
}
