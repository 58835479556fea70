'use client';

import { useEffect, useState } from 'react';
import type { Optimizer } from '@/lib/optim';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { loadFormulaEngine } from '@/components/formula/formulaEngine';

/**
 * The learner's own update rule (a page value) as a core optimizer, built by the formula engine,
 * which loads only when a rule is in play. An invalid rule keeps the last valid one in effect.
 */
export function useRuleOptimizer(
  ruleParam: string | undefined,
  lr: number,
  beta: number,
): { optimizer: Optimizer<unknown> | null; error: string | null } {
  const [source] = useBinding<string>(ruleParam, '');
  const [state, setState] = useState<{
    optimizer: Optimizer<unknown> | null;
    error: string | null;
  }>({
    optimizer: null,
    error: null,
  });
  useEffect(() => {
    if (!ruleParam || !source) return;
    let cancelled = false;
    loadFormulaEngine().then(({ parseUpdateRule, ruleOptimizer }) => {
      if (cancelled) return;
      const parsed = parseUpdateRule(source);
      setState((previous) =>
        parsed.ok
          ? {
              optimizer: ruleOptimizer(parsed.rule, { lr, beta }),
              error: null,
            }
          : { optimizer: previous.optimizer, error: parsed.error.message },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [ruleParam, source, lr, beta]);
  return state;
}
