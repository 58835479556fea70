'use client';

import { useEffect, useState } from 'react';
import { useKeyed } from '@/components/hooks/useKeyed';
import {
  builderGridPoints,
  reachabilityOf,
  type Reachability,
} from '@/lib/assignments/builder-check';
import { startGridSearch, type ExerciseOverrides, type ParameterSpec } from '@/lib/exercises';

export interface ReachJob {
  /** Exercise id and overrides: a changed setting is a new job. */
  key: string;
  spec: ParameterSpec;
  overrides: ExerciseOverrides | undefined;
}

export function reachKey(id: string, overrides: ExerciseOverrides | undefined): string {
  return `${id}|${JSON.stringify(overrides ?? {})}`;
}

/** Longest the search holds the main thread at a time: input stays responsive while it runs. */
const SLICE_MS = 8;
/** How often the page hears how far the search is. */
const PROGRESS_MS = 150;
/** Wait for a pause in typing before starting a search. */
const DEBOUNCE_MS = 250;

/**
 * Checks each job's goal for reachability (lib/assignments `reachabilityOf`), one job at a time,
 * in slices of a few milliseconds between which the page handles input. Results are kept by key,
 * so returning to an earlier setting answers at once; `running` says how far the current one is.
 */
export function useReachability(jobs: ReachJob[]): {
  results: ReadonlyMap<string, Reachability>;
  running: { key: string; done: number; total: number } | null;
} {
  const [results, setResults] = useState<Map<string, Reachability>>(() => new Map());
  const [progress, setProgress] = useState<{ key: string; done: number; total: number } | null>(
    null,
  );
  const first = jobs.find((job) => !results.has(job.key));
  // The job is identified by its key (spec and overrides follow from it): the search restarts
  // when the key changes, not when the job list is rebuilt.
  const next = useKeyed(first?.key ?? '', first);
  // How far the current job is: its last report, or nothing tried yet (derived while rendering,
  // so a finished or dropped job never shows a stale count).
  const running = next
    ? progress?.key === next.key
      ? progress
      : { key: next.key, done: 0, total: 0 }
    : null;

  useEffect(() => {
    if (!next) return;
    let cancelled = false;
    let reported = 0;
    let timer: ReturnType<typeof setTimeout>;
    const run = startGridSearch(next.spec, next.overrides, builderGridPoints(next.spec.set.length));
    const total = run.search.passed.length;
    const slice = () => {
      if (cancelled) return;
      const until = performance.now() + SLICE_MS;
      let finished = false;
      while (!finished && performance.now() < until) finished = run.advance(1);
      if (finished) {
        const reach = reachabilityOf(next.spec, next.overrides, run.search);
        setResults((r) => new Map(r).set(next.key, reach));
      } else {
        // Progress is news a few times a second, not after every slice.
        if (performance.now() - reported > PROGRESS_MS) {
          reported = performance.now();
          setProgress({ key: next.key, done: run.done, total });
        }
        timer = setTimeout(slice, 0);
      }
    };
    timer = setTimeout(slice, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [next]);

  return { results, running };
}
