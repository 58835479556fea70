'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ExerciseOverrides, ExerciseSpec } from '@/lib/exercises/types';

// Maps, not objects: an id from an assignment link may be `constructor` or `__proto__`.
interface Catalog {
  specs: ReadonlyMap<string, ExerciseSpec>;
  overrides: ReadonlyMap<string, ExerciseOverrides>;
}

const CatalogContext = createContext<Catalog>({ specs: new Map(), overrides: new Map() });

/**
 * The exercises of the page, extracted from the lesson's MDX at build time (the same specs the
 * grader uses), so a component only needs its id to know how to check itself.
 */
export function ExerciseCatalog({
  specs,
  overrides,
  children,
}: {
  specs: readonly ExerciseSpec[];
  overrides?: ReadonlyMap<string, ExerciseOverrides>;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ specs: new Map(specs.map((s) => [s.id, s])), overrides: overrides ?? new Map() }),
    [specs, overrides],
  );
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

export function useExerciseSpec<K extends ExerciseSpec['kind']>(
  id: string,
  kind: K,
): { spec: Extract<ExerciseSpec, { kind: K }>; overrides?: ExerciseOverrides } {
  const { specs, overrides } = useContext(CatalogContext);
  const spec = specs.get(id);
  if (!spec) throw new Error(`Exercise "${id}" is not in this page's catalog`);
  if (spec.kind !== kind)
    throw new Error(`Exercise "${id}" is a ${spec.kind} exercise, not ${kind}`);
  return { spec: spec as Extract<ExerciseSpec, { kind: K }>, overrides: overrides.get(id) };
}

/** The overrides an assignment sets on exercise `id` on this page (none in a lesson). */
export function useExerciseOverrides(id: string): ExerciseOverrides | undefined {
  return useContext(CatalogContext).overrides.get(id);
}
