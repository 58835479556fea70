'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { decodeAssignmentParam, type AssignmentResult } from '@/lib/assignments';
import type { ExerciseSpec } from '@/lib/exercises/types';
import { ProgressProvider } from '@/components/exercises/ProgressProvider';
import { AssignmentView } from './AssignmentView';

/** The page's query string does not change while the assignment is open (a new link is a new page). */
const noChanges = () => () => {};
const readSearch = () => window.location.search;
const noSearch = () => null;

/** Opens the assignment carried in the link's `?a=` parameter (static pages cannot read it at build time). */
export function AssignmentFromLink({ catalog }: { catalog: Record<string, ExerciseSpec> }) {
  // The query string is read from the browser after hydration (null while the static HTML is
  // hydrated, which has none), never copied into state by an effect.
  const search = useSyncExternalStore(noChanges, readSearch, noSearch);
  const result: AssignmentResult | null = useMemo(
    () => (search === null ? null : decodeAssignmentParam(new URLSearchParams(search).get('a'))),
    [search],
  );
  const preview = search !== null && new URLSearchParams(search).get('preview') === '1';
  if (!result) return <p>Opening the assignment…</p>;
  if (!result.ok) {
    return (
      <div role="alert">
        <h1>This assignment link does not work</h1>
        <p>{result.error}</p>
        <p>Ask your instructor for a new link or for the assignment file.</p>
      </div>
    );
  }
  if (preview) {
    // The builder's preview: as a new student sees it, without the instructor's own answers.
    return (
      <ProgressProvider inMemory>
        <p className="preview-banner" role="note">
          Preview: this is what a student sees on opening the link. Nothing you answer here is
          saved, and your own progress in the lessons is not used.
        </p>
        <AssignmentView assignment={result.assignment} catalog={catalog} />
      </ProgressProvider>
    );
  }
  return <AssignmentView assignment={result.assignment} catalog={catalog} />;
}
