'use client';

import { useEffect, useState } from 'react';

type Engine = typeof import('@/lib/expr');

/** The formula engine, loaded on first use so pages without formulas never download it. */
export function useFormulaEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let cancelled = false;
    import('@/lib/expr').then((module) => !cancelled && setEngine(module));
    return () => {
      cancelled = true;
    };
  }, []);
  return engine;
}
