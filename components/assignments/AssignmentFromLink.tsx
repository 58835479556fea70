'use client';

import { useEffect, useState } from 'react';
import { decodeAssignmentParam, type AssignmentResult } from '@/lib/assignments';
import type { ExerciseSpec } from '@/lib/exercises/types';
import { AssignmentView } from './AssignmentView';

/** Opens the assignment carried in the link's `?a=` parameter (static pages cannot read it at build time). */
export function AssignmentFromLink({ catalog }: { catalog: Record<string, ExerciseSpec> }) {
  const [result, setResult] = useState<AssignmentResult | null>(null);
  useEffect(() => {
    setResult(decodeAssignmentParam(new URLSearchParams(window.location.search).get('a')));
  }, []);
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
  return <AssignmentView assignment={result.assignment} catalog={catalog} />;
}
