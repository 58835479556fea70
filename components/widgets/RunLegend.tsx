import type { ReactNode } from 'react';
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
      {!surface.ok && (
        <p className="num-error" role="alert">
          {surface.message} — showing the last valid surface.
        </p>
      )}
      {ruleError && (
        <p className="num-error" role="alert">
          Update rule: {ruleError}
        </p>
      )}
      <ul className="legend" aria-label="Legend">
        {runs.map((run) => (
          <li key={run.key}>
            <span className="swatch" style={{ background: run.color }} aria-hidden="true" />
            {run.label}
          </li>
        ))}
        {children}
      </ul>
    </>
  );
}
