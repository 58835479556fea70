'use client';

import {
  usesSeed,
  type ChallengeDraft,
  type DraftReading,
  type Reachability,
} from '@/lib/assignments/builder-check';
import type { ParameterSpec } from '@/lib/exercises';
import { PARAMETER_LABEL } from '@/components/teachers/answerKey';
import { shortNumber } from '@/lib/plot/format';
import { ReachPreview } from './ReachPreview';

interface Field {
  key: keyof ChallengeDraft;
  label: string;
  placeholder: string;
  inputMode?: 'decimal' | 'numeric';
}

/**
 * The settings of one tuning challenge in the builder: surface, target loss, step budget (and a
 * seed only where the challenge draws noise, the one case where a seed changes anything), each
 * with its own message in words, then whether students can reach the goal: "N of M settings
 * pass", a small map of them, and a setting that works.
 */
export function ChallengeSettings({
  spec,
  draft,
  reading,
  reach,
  progress,
  onChange,
}: {
  spec: ParameterSpec;
  draft: ChallengeDraft;
  reading: DraftReading;
  reach: Reachability | undefined;
  progress: { done: number; total: number } | null;
  onChange: (key: keyof ChallengeDraft, value: string) => void;
}) {
  const fields: Field[] = [
    { key: 'objective', label: 'Surface f(x, y)', placeholder: spec.objective },
    {
      key: 'loss',
      label: 'Target loss',
      placeholder: shortNumber(spec.goal.loss),
      // Not 'decimal': a target loss is typed as 1e-6, and iOS's decimal pad has no e or minus.
    },
    {
      key: 'steps',
      label: 'Step budget',
      placeholder: String(spec.goal.steps),
      inputMode: 'numeric',
    },
  ];
  if (usesSeed(spec))
    fields.push({
      key: 'seed',
      label: 'Random seed of the noise',
      placeholder: String(spec.seed ?? 0),
      inputMode: 'numeric',
    });
  const problemOf = (key: keyof ChallengeDraft) =>
    reading.ok ? undefined : reading.problems.find((p) => p.field === key)?.message;
  const errorId = (key: string) => `assign-${spec.id}-${key}-error`;
  const reachId = `assign-${spec.id}-reach`;

  return (
    <>
      <div className="assign-overrides" role="group" aria-label={`Settings for ${spec.id}`}>
        {fields.map((field) => {
          const problem = problemOf(field.key);
          return (
            <label key={field.key}>
              {field.label}
              <input
                type="text"
                value={draft[field.key]}
                placeholder={field.placeholder}
                inputMode={field.inputMode}
                spellCheck={false}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? errorId(field.key) : reachId}
                onChange={(e) => onChange(field.key, e.target.value)}
              />
              {problem && (
                <span className="assign-field-error" id={errorId(field.key)} role="alert">
                  {problem}
                </span>
              )}
            </label>
          );
        })}
      </div>
      {reading.ok && (
        <div className="assign-reach" id={reachId}>
          {!reach && (
            <p role="status">
              Checking that students can reach this goal
              {progress && progress.total > 0
                ? ` (${progress.done} of ${progress.total} settings tried)`
                : ''}
              …
            </p>
          )}
          {reach?.refusal && (
            <p className="num-error" role="alert">
              {reach.refusal}
            </p>
          )}
          {reach && !reach.refusal && reach.example && (
            <p role="status">
              <strong className="ok">
                {reach.passing} of {reach.tried} settings pass.
              </strong>{' '}
              For example{' '}
              {spec.set
                .map((name) => `${PARAMETER_LABEL[name]} = ${reach.example?.shown[name]}`)
                .join(', ')}{' '}
              stays below the target from step {reach.example.steps} on.
            </p>
          )}
          {reach && <ReachPreview reach={reach} />}
        </div>
      )}
    </>
  );
}
