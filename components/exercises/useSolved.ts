'use client';

import { useEffect, useState } from 'react';
import type { ExerciseOverrides, ExerciseSpec } from '@/lib/exercises/types';
import type { ProgressEntry } from '@/lib/progress';
import { needsRecheck } from '@/lib/assignments/solved';
import { useKeyed } from '@/components/hooks/useKeyed';

export interface SolvedQuestion {
  spec: ExerciseSpec;
  overrides?: ExerciseOverrides;
  entry: ProgressEntry | undefined;
}

/**
 * Which of `questions` are solved (lib/assignments `solvedUnder`). A stored "correct" that must
 * be re-checked under an assignment's settings counts only once the re-check (loaded on first
 * use, like the checker) has confirmed it: never "✓ Solved" first and 0 at grading.
 * Returns the solved exercise ids.
 */
export function useSolvedIds(questions: readonly SolvedQuestion[]): ReadonlySet<string> {
  const trusted = new Set(
    questions
      .filter((q) => q.entry?.correct && !needsRecheck(q.spec, q.overrides))
      .map((q) => q.spec.id),
  );
  const fresh = questions.filter((q) => q.entry?.correct && needsRecheck(q.spec, q.overrides));
  const [confirmed, setConfirmed] = useState<{ key: string; ids: Set<string> }>();
  // The key names everything the re-check reads: the list is rebuilt on every render, the
  // re-check runs again only when what it names changes.
  const pendingKey = JSON.stringify(fresh.map((q) => [q.spec.id, q.entry?.answer, q.overrides]));
  const pending = useKeyed(pendingKey, fresh);
  useEffect(() => {
    if (pending.length === 0) return;
    let live = true;
    void import('@/lib/assignments/solved').then(({ solvedUnder }) => {
      if (!live) return;
      const ids = new Set(
        pending.filter((q) => solvedUnder(q.spec, q.entry, q.overrides)).map((q) => q.spec.id),
      );
      setConfirmed({ key: pendingKey, ids });
    });
    return () => {
      live = false;
    };
  }, [pending, pendingKey]);
  // A confirmation of other answers (the learner just changed one) counts for nothing.
  if (confirmed?.key === pendingKey)
    for (const q of pending) if (confirmed.ids.has(q.spec.id)) trusted.add(q.spec.id);
  return trusted;
}
