'use client';

import { useMemo, useState } from 'react';
import { encodeAssignmentLink, parseAssignmentValue, type Assignment } from '@/lib/assignments';
import type { ExerciseOverrides, ExerciseSpec } from '@/lib/exercises/types';
import { downloadText } from './download';

interface LessonGroup {
  slug: string;
  title: string;
  exercises: ExerciseSpec[];
}

interface Settings {
  objective: string;
  loss: string;
  steps: string;
  seed: string;
}

const EMPTY_SETTINGS: Settings = { objective: '', loss: '', steps: '', seed: '' };

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function overridesFrom(settings: Settings): ExerciseOverrides | undefined {
  const o: ExerciseOverrides = {};
  if (settings.objective.trim()) o.objective = settings.objective.trim();
  const loss = Number(settings.loss);
  const steps = Number(settings.steps);
  if (settings.loss.trim() || settings.steps.trim()) {
    o.goal = {};
    if (settings.loss.trim()) o.goal.loss = loss;
    if (settings.steps.trim()) o.goal.steps = steps;
  }
  if (settings.seed.trim()) o.seed = Number(settings.seed);
  return Object.keys(o).length ? o : undefined;
}

/**
 * The instructor's page: pick exercises across lessons, optionally change a challenge's
 * surface, goal or seed, and get a link for students plus a file for the course folder.
 */
export function AssignmentBuilder({ lessons }: { lessons: LessonGroup[] }) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [settings, setSettings] = useState<Record<string, Settings>>({});
  const [copied, setCopied] = useState('');

  const draft = useMemo(() => {
    const assignment = {
      format: 'momentum-assignment',
      version: 1,
      id: slugify(title) || 'assignment',
      title: title.trim() || 'Untitled assignment',
      ...(due ? { due } : {}),
      exercises: picked.map((id) => {
        const overrides = settings[id] ? overridesFrom(settings[id]) : undefined;
        return overrides ? { id, overrides } : { id };
      }),
    };
    return parseAssignmentValue(assignment);
  }, [title, due, picked, settings]);

  const link = useMemo((): { ok: true; url: string } | { ok: false; error: string } | null => {
    if (!draft.ok || picked.length === 0) return null;
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
  }, [draft, picked.length]);

  const toggle = (id: string) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const setSetting = (id: string, key: keyof Settings, value: string) =>
    setSettings((s) => ({ ...s, [id]: { ...(s[id] ?? EMPTY_SETTINGS), [key]: value } }));

  return (
    <div className="assign-builder">
      <div className="exercise-input">
        <label>
          Title
          <input
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="Week 3: momentum"
          />
        </label>
        <label>
          Due date (optional)
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
      </div>
      {lessons.map((lesson) => (
        <fieldset key={lesson.slug} className="assign-lesson">
          <legend>{lesson.title}</legend>
          {lesson.exercises.map((exercise) => {
            const checked = picked.includes(exercise.id);
            const s = settings[exercise.id] ?? EMPTY_SETTINGS;
            return (
              <div key={exercise.id} className="assign-exercise">
                <label>
                  <input type="checkbox" checked={checked} onChange={() => toggle(exercise.id)} />{' '}
                  <code>{exercise.id}</code> — {(exercise.prompt ?? '').slice(0, 110)}
                  {(exercise.prompt ?? '').length > 110 ? '…' : ''}
                </label>
                {checked && exercise.kind === 'parameter' && (
                  <div
                    className="assign-overrides"
                    role="group"
                    aria-label={`Settings for ${exercise.id}`}
                  >
                    <label>
                      Surface f(x, y)
                      <input
                        type="text"
                        value={s.objective}
                        placeholder={exercise.objective}
                        onChange={(e) => setSetting(exercise.id, 'objective', e.target.value)}
                      />
                    </label>
                    <label>
                      Target loss
                      <input
                        type="text"
                        inputMode="decimal"
                        value={s.loss}
                        placeholder={String(exercise.goal.loss)}
                        onChange={(e) => setSetting(exercise.id, 'loss', e.target.value)}
                      />
                    </label>
                    <label>
                      Step budget
                      <input
                        type="text"
                        inputMode="numeric"
                        value={s.steps}
                        placeholder={String(exercise.goal.steps)}
                        onChange={(e) => setSetting(exercise.id, 'steps', e.target.value)}
                      />
                    </label>
                    <label>
                      Random seed
                      <input
                        type="text"
                        inputMode="numeric"
                        value={s.seed}
                        placeholder={String(exercise.seed ?? 0)}
                        onChange={(e) => setSetting(exercise.id, 'seed', e.target.value)}
                      />
                    </label>
                  </div>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <section aria-labelledby="assign-output" className="submit-box">
        <h2 id="assign-output">Share it</h2>
        {picked.length === 0 && <p>Pick at least one exercise.</p>}
        {picked.length > 0 && !draft.ok && (
          <p className="num-error" role="alert">
            {draft.error}
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
              <a className="button" href={link.url}>
                Open as a student
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
