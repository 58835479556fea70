'use client';

import { useMemo } from 'react';
import type { z } from 'zod';
import type { objectivePropsSchema } from '@/lib/content/props';
import { getObjective, illConditionedBowl, type Objective } from '@/lib/optim';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { useTypedText } from '@/components/formula/useTypedText';
import { sharedValue } from './sharedValue';

/** Which surface a figure draws: the props of lib/content/props' objectivePropsSchema. */
export type ObjectiveProps = z.input<typeof objectivePropsSchema>;

export type ObjectiveState =
  { ok: true; objective: Objective } | { ok: false; message: string; objective: Objective | null };

/**
 * The surface a figure draws: the bowl for the page's κ, the learner's formula (parsed by the
 * formula engine, which is loaded only when a formula is in play), or a named surface. While a
 * new formula is invalid the last valid one stays in effect; once the text is cleared there is
 * no formula to draw, and the figure says so (lib/expr `followText`).
 */
export function useObjective({
  kappa,
  formula,
  formulaSource,
  surface,
  defaultKappa = 10,
}: ObjectiveProps): ObjectiveState {
  const [kappaValue] = useBinding<number>(kappa, defaultKappa);
  const [boundSource] = useBinding<string>(formula, '');
  const source = formula ? boundSource : (formulaSource ?? '');
  const usesFormula = !!formula || !!formulaSource;
  // Figures on one formula share its parsed surface (and so their simulations).
  const parsed = useTypedText<Objective>(usesFormula ? source : '', ({ parseObjective }, text) =>
    sharedValue(`objective ${text}`, () => {
      const result = parseObjective(text);
      return result.ok
        ? { ok: true, value: result.objective }
        : { ok: false, message: result.error.message };
    }),
  );

  const fixed = useMemo<Objective | null>(() => {
    if (usesFormula) return null;
    if (surface) return getObjective(surface) ?? null;
    return sharedValue(`bowl ${kappaValue}`, () => illConditionedBowl({ kappa: kappaValue }));
  }, [usesFormula, surface, kappaValue]);

  if (fixed) return { ok: true, objective: fixed };
  if (surface && !usesFormula)
    return { ok: false, message: `Unknown surface "${surface}"`, objective: null };
  if (!source) return { ok: false, message: 'No formula for f(x, y) is given.', objective: null };
  if (!parsed) return { ok: false, message: 'Reading the formula…', objective: null };
  return parsed.error === null && parsed.value
    ? { ok: true, objective: parsed.value }
    : { ok: false, message: parsed.error ?? 'Reading the formula…', objective: parsed.value };
}
