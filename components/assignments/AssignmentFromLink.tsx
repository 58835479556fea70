'use client';

import { useEffect, useState } from 'react';
import { decodeAssignmentParam, type AssignmentResult } from '@/lib/assignments';
import type { ExerciseSpec } from '@/lib/exercises/types';
import { ProgressProvider } from '@/components/exercises/ProgressProvider';
import { AssignmentView } from './AssignmentView';

/** Opens the assignment carried in the link's `?a=` parameter (static pages cannot read it at build time). */
export function AssignmentFromLink({ catalog }: { catalog: Record<string, ExerciseSpec> }) {
  const [result, setResult] = useState<AssignmentResult | null>(null);
  const [preview, setPreview] = useState(false);
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setResult(decodeAssignmentParam(params.get('a')));
    setPreview(params.get('preview') === '1');
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
