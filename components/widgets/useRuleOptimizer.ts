'use client';

import type { Optimizer } from '@/lib/optim';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { useTypedText } from '@/components/formula/useTypedText';
import { sharedValue } from './sharedValue';

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
  const parsed = useTypedText<Optimizer<unknown>>(
    ruleParam ? source : '',
    // Figures on one rule at the same α and β share one optimizer (and so their simulations).
    ({ parseUpdateRule, ruleOptimizer }, text) =>
      sharedValue(`rule ${lr} ${beta} ${text}`, () => {
        const rule = parseUpdateRule(text);
        return rule.ok
          ? { ok: true, value: ruleOptimizer(rule.rule, { lr, beta }) }
          : { ok: false, message: rule.error.message };
      }),
    `${lr} ${beta}`,
  );
  return parsed
    ? { optimizer: parsed.value, error: parsed.error }
    : { optimizer: null, error: null };
}
