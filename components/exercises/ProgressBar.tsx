'use client';

import { ownValue } from '@/lib/untrusted/own';
import { useProgress } from './ProgressProvider';

/** "3 of 7 exercises solved" as a bar, for a lesson or the whole course. */
export function ProgressBar({
  exerciseIds,
  label,
  solvedIds,
}: {
  exerciseIds: readonly string[];
  label: string;
  /** Which are solved, when the page knows better than the lesson records (an assignment). */
  solvedIds?: ReadonlySet<string>;
}) {
  const progress = useProgress();
  const done = exerciseIds.filter((id) =>
    solvedIds ? solvedIds.has(id) : ownValue(progress.exercises, id)?.correct,
  ).length;
  const total = exerciseIds.length;
  if (total === 0) return null;
  return (
    <div className="progress">
      <progress
        value={done}
        max={total}
        aria-label={label}
        aria-valuetext={`${done} of ${total} exercises solved`}
      />
      <span className="meta">
        {done} of {total} exercises solved
      </span>
    </div>
  );
}
