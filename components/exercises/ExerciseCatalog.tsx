'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { ExerciseOverrides, ExerciseSpec } from '@/lib/exercises/types';

interface Catalog {
  specs: Record<string, ExerciseSpec>;
  overrides: Record<string, ExerciseOverrides>;
}

const CatalogContext = createContext<Catalog>({ specs: {}, overrides: {} });

/**
 * The exercises of the page, extracted from the lesson's MDX at build time (the same specs the
 * grader uses), so a component only needs its id to know how to check itself.
 */
export function ExerciseCatalog({
  specs,
  overrides = {},
  children,
}: {
  specs: readonly ExerciseSpec[];
  overrides?: Record<string, ExerciseOverrides>;
  children: ReactNode;
}) {
  const byId = Object.fromEntries(specs.map((s) => [s.id, s]));
  return (
    <CatalogContext.Provider value={{ specs: byId, overrides }}>{children}</CatalogContext.Provider>
  );
}

export function useExerciseSpec<K extends ExerciseSpec['kind']>(
  id: string,
  kind: K,
): { spec: Extract<ExerciseSpec, { kind: K }>; overrides?: ExerciseOverrides } {
  const { specs, overrides } = useContext(CatalogContext);
  const spec = specs[id];
  if (!spec) throw new Error(`Exercise "${id}" is not in this page's catalog`);
  if (spec.kind !== kind)
    throw new Error(`Exercise "${id}" is a ${spec.kind} exercise, not ${kind}`);
  return { spec: spec as Extract<ExerciseSpec, { kind: K }>, overrides: overrides[id] };
}
