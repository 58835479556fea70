'use client';

import { useState } from 'react';
import type { Assignment } from '@/lib/assignments';
import type { ExerciseSpec } from '@/lib/exercises/types';
import { megabytes } from '@/lib/plot/format';
import { coursePackageUrl } from '@/lib/scorm/plan';
import { downloadBlob } from './download';
import type { LmsProgress } from './lmsPackage';

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; progress: LmsProgress | null }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** The progress bar's value and max (none while unpacking: a bar without a value is busy). */
function bar(progress: LmsProgress | null): { value?: number; max?: number; text: string } {
  if (!progress) return { text: 'Starting…' };
  if (progress.phase === 'fetch')
    return progress.total
      ? {
          value: progress.done,
          max: progress.total,
          text: `Fetching the course: ${megabytes(progress.done)} of ${megabytes(progress.total)} MB`,
        }
      : { text: `Fetching the course: ${megabytes(progress.done)} MB` };
  if (progress.phase === 'unpack') return { text: 'Unpacking the course…' };
  return {
    value: progress.done,
    max: progress.total,
    text: `Zipping: ${progress.done} of ${progress.total} files`,
  };
}

/**
 * "Download for your LMS": the assignment as a SCORM 1.2 package, made in this browser from the
 * course package the site ships — the same package `npm run export:scorm -- --assignment` makes.
 * The code that makes it loads only when the button is pressed.
 */
export function LmsDownload({
  assignment,
  catalog,
}: {
  assignment: Assignment;
  catalog: ReadonlyMap<string, ExerciseSpec>;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const start = async () => {
    if (window.location.protocol === 'file:') {
      setStatus({
        kind: 'error',
        message:
          'Opened from disk, this page cannot read the course package (browsers refuse it). Open the builder on the course’s website instead, or download the assignment file and run `npm run export:scorm -- --assignment <file>`.',
      });
      return;
    }
    setStatus({ kind: 'working', progress: null });
    try {
      const { makeLmsPackage } = await import('./lmsPackage');
      const result = await makeLmsPackage(
        assignment,
        catalog,
        coursePackageUrl(window.location.href),
        (progress) => setStatus({ kind: 'working', progress }),
      );
      if (!result.ok) {
        setStatus({ kind: 'error', message: result.error });
        return;
      }
      downloadBlob(result.fileName, result.blob);
      setStatus({
        kind: 'done',
        message: `Downloaded ${result.fileName} (${result.files} files, ${megabytes(result.blob.size)} MB). Upload it to your LMS as a SCORM package.`,
      });
    } catch (error) {
      // The chunk itself failed to load (offline, or the site was updated meanwhile).
      setStatus({
        kind: 'error',
        message: `The packager could not be loaded (${(error as Error).message}): reload the page and try again.`,
      });
    }
  };

  const working = status.kind === 'working';
  const shown = working ? bar(status.progress) : null;
  return (
    <div className="lms-download">
      <button type="button" className="button" onClick={start} disabled={working}>
        Download for your LMS
      </button>
      {shown && (
        <span className="meta">
          <progress aria-label="Making the SCORM package" value={shown.value} max={shown.max} />{' '}
          <span role="status">{shown.text}</span>
        </span>
      )}
      {status.kind === 'done' && (
        <span role="status" className="meta lms-download-done">
          {status.message}
        </span>
      )}
      {status.kind === 'error' && (
        <p role="alert" className="num-error">
          {status.message}
        </p>
      )}
    </div>
  );
}
