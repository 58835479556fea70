'use client';

import { useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { objectivePropsSchema } from '@/lib/content/props';
import { getObjective, illConditionedBowl, type Objective } from '@/lib/optim';
import { useBinding } from '@/components/notebook/NotebookProvider';
import { loadFormulaEngine } from '@/components/formula/formulaEngine';

/** Which surface a figure draws: the props of lib/content/props' objectivePropsSchema. */
export type ObjectiveProps = z.input<typeof objectivePropsSchema>;

export type ObjectiveState =
  { ok: true; objective: Objective } | { ok: false; message: string; objective: Objective | null };

/**
 * The surface a figure draws: the bowl for the page's κ, the learner's formula (parsed by the
 * formula engine, which is loaded only when a formula is in play), or a named surface. While a
 * new formula is invalid the last valid one stays in effect.
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
  const [parsed, setParsed] = useState<ObjectiveState | null>(null);

  useEffect(() => {
    if (!usesFormula || !source) return;
    let cancelled = false;
    loadFormulaEngine().then(({ parseObjective }) => {
      if (cancelled) return;
      const result = parseObjective(source);
      setParsed((previous) =>
        result.ok
          ? { ok: true, objective: result.objective as Objective }
          : { ok: false, message: result.error.message, objective: previous?.objective ?? null },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [usesFormula, source]);

  const fixed = useMemo<Objective | null>(() => {
    if (usesFormula) return null;
    if (surface) return getObjective(surface) ?? null;
    return illConditionedBowl({ kappa: kappaValue });
  }, [usesFormula, surface, kappaValue]);

  if (fixed) return { ok: true, objective: fixed };
  if (surface && !usesFormula)
    return { ok: false, message: `Unknown surface "${surface}"`, objective: null };
  return parsed ?? { ok: false, message: 'Reading the formula…', objective: null };
}
