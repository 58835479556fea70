'use client';

import { useEffect, useState } from 'react';

/** The formula engine (lib/expr): parsing, differentiation and compiling of typed formulas. */
export type FormulaEngine = typeof import('@/lib/expr');

let loading: Promise<FormulaEngine> | null = null;
let loaded: FormulaEngine | null = null;

/**
 * The one way components reach the formula engine: a lazy chunk, so a page whose figures only
 * need it once a formula is typed (the home page, the gallery) does not download it up front,
 * fetched once per page and shared by every figure, editor and exercise. A failed fetch (a
 * dropped connection) is forgotten, so the next use tries again. Checking an answer
 * (lib/exercises `checkAnswer`, shared with the Node grader, synchronous) imports the engine
 * itself, so a page with exercises has it from the start and this resolves at once there.
 */
export function loadFormulaEngine(): Promise<FormulaEngine> {
  loading ??= import('@/lib/expr').then(
    (engine) => (loaded = engine),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The engine once loaded (null until then), re-rendering when it arrives. */
export function useFormulaEngine(): FormulaEngine | null {
  const [engine, setEngine] = useState<FormulaEngine | null>(loaded);
  useEffect(() => {
    if (engine) return;
    let cancelled = false;
    loadFormulaEngine().then(
      (module) => !cancelled && setEngine(module),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [engine]);
  return engine;
}
