'use client';

import { useState } from 'react';
import { downloadText } from '@/components/assignments/download';
import { MAX_PROGRESS_FILE_CHARS } from '@/lib/progress';
import { describeSize } from '@/lib/untrusted/text-file';
import { useProgress, useProgressStore } from './ProgressProvider';

/**
 * "Your progress": save it to a file (to move to another browser or keep a copy), load a file
 * (merged with what is here, never replacing it), or start over after confirming.
 */
export function ProgressPanel() {
  const { store } = useProgressStore();
  const progress = useProgress();
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const answered = Object.values(progress.exercises).filter((e) => e.attempts > 0).length;

  const importFile = async (file: File | undefined) => {
    if (!file || !store) return;
    // Checked before reading: a huge file would otherwise hang the page or fail obscurely.
    // (A UTF-8 byte is at most one character, so the byte limit is safe.)
    if (file.size > MAX_PROGRESS_FILE_CHARS) {
      setMessage(
        `${file.name} could not be loaded: it is too large to be a progress file (${describeSize(file.size)}).`,
      );
      return;
    }
    const result = store.importFile(await file.text());
    if (!result.ok) {
      setMessage(`${file.name} could not be loaded: ${result.reason}`);
      return;
    }
    const count = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;
    const skipped = result.skipped?.filter((e) => e.what === 'exercise') ?? [];
    const left = skipped.length
      ? ` ${count(skipped.length)} in the file could not be read and ${skipped.length === 1 ? 'was' : 'were'} left out: ${skipped.map((e) => e.id).join(', ')}.`
      : '';
    if (result.imported === 0 && skipped.length)
      setMessage(`Nothing was loaded from ${file.name}:${left}`);
    else if (!result.save.ok)
      setMessage(
        `Loaded ${count(result.imported)}, but they could not be saved: ${result.save.message}${left}`,
      );
    else
      setMessage(
        `Loaded ${count(result.imported)} from ${file.name} and merged them with this browser's.${left}`,
      );
  };

  return (
    <section className="progress-panel" aria-labelledby="progress-panel-heading">
      <h2 id="progress-panel-heading">Your progress</h2>
      <p className="meta">
        Saved in this browser only ({answered} exercises attempted). Move it to another browser or
        computer with a file.
      </p>
      <div className="exercise-actions">
        <button
          type="button"
          className="button"
          disabled={!store}
          onClick={() =>
            store && downloadText('momentum-progress.json', store.exportFile(), 'application/json')
          }
        >
          Save progress to a file
        </button>
        <label className="button">
          Load progress from a file
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => {
              importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {!confirming ? (
          <button
            type="button"
            className="button"
            disabled={!store}
            onClick={() => setConfirming(true)}
          >
            Reset my progress…
          </button>
        ) : (
          <span role="group" aria-label="Confirm reset" className="confirm">
            Forget every answer in this browser?{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                const result = store?.reset();
                setConfirming(false);
                setMessage(
                  result && !result.ok ? `Could not reset: ${result.message}` : 'Progress reset.',
                );
              }}
            >
              Yes, reset
            </button>{' '}
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        )}
      </div>
      <p role="status" className="meta">
        {message}
      </p>
    </section>
  );
}
