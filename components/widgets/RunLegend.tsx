import type { ReactNode } from 'react';
import { Legend, Swatch } from '@/components/figure/Legend';
import type { ObjectiveState } from './useObjective';
import type { SimulatedRun } from './useSimulatedRuns';

/**
 * What every racing figure prints under its plot: why a typed surface or rule is not in effect
 * (the last valid one stays), and which colour is which optimizer.
 */
export function RunLegend({
  runs,
  surface,
  ruleError,
  children,
}: {
  runs: readonly Pick<SimulatedRun, 'key' | 'label' | 'color'>[];
  surface: ObjectiveState;
  ruleError: string | null;
  /** Extra legend entries (<li>), e.g. a dashed theory line. */
  children?: ReactNode;
}) {
  return (
    <>
      <SurfaceNotice surface={surface} />
      {ruleError && (
        <p className="num-error" role="alert">
          Update rule: {ruleError}
        </p>
      )}
      <Legend>
        {runs.map((run) => (
          <li key={run.key}>
            <Swatch color={run.color} />
            {run.label}
          </li>
        ))}
        {children}
      </Legend>
    </>
  );
}

/** Why a typed surface is not in effect: the figure keeps drawing the last valid one. */
export function SurfaceNotice({ surface }: { surface: ObjectiveState }) {
  if (surface.ok) return null;
  return (
    <p className="num-error" role="alert">
      {surface.message} — showing the last valid surface.
    </p>
  );
}
