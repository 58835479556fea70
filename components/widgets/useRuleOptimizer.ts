'use client';

import { useEffect, useState } from 'react';
import type { Optimizer } from '@/lib/optim';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { loadFormulaEngine } from '@/components/formula/formulaEngine';
import { followText, NO_TEXT, type TypedText } from '@/lib/expr/typed-text';

/**
 * The learner's own update rule (a page value) as a core optimizer, built by the formula engine,
 * which loads only when a rule is in play. An invalid rule keeps the last valid one in effect; a
 * cleared one leaves no rule (lib/expr `followText`).
 */
export function useRuleOptimizer(
  ruleParam: string | undefined,
  lr: number,
  beta: number,
): { optimizer: Optimizer<unknown> | null; error: string | null } {
  const [source] = useBinding<string>(ruleParam, '');
  // The last parse that came back, with the settings it was built for.
  const [parsed, setParsed] = useState<TypedText<Optimizer<unknown>> | null>(null);
  const active = !!ruleParam && !!source;
  // A cleared rule is no rule: forget the last one (adjusted while rendering).
  if (!active && parsed !== null) setParsed(null);
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    loadFormulaEngine().then(({ parseUpdateRule, ruleOptimizer }) => {
      if (cancelled) return;
      const rule = parseUpdateRule(source);
      setParsed((previous) =>
        followText(
          previous ?? NO_TEXT,
          rule.ok
            ? { ok: true, value: ruleOptimizer(rule.rule, { lr, beta }) }
            : { ok: false, message: rule.error.message },
        ),
      );
    });
    return () => {
      cancelled = true;
    };
  }, [active, source, lr, beta]);
  return active && parsed
    ? { optimizer: parsed.value, error: parsed.error }
    : { optimizer: null, error: null };
}
