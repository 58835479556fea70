'use client';

import { PARAMETER_LABEL } from '@/lib/exercises/challenge-question';
import { challengeGrid, challengeStep } from '@/lib/exercises/challenge-grid';
import type { ParameterName } from '@/lib/exercises/types';
import { ChallengeControl } from './ChallengeControl';

/**
 * The control row of a challenge: one slider with a number box per parameter the learner may
 * set, over its allowed range, on the step `challengeStep` chooses (`stepFor` may choose
 * otherwise): every position a multiple of the step, and every setting the answer key searches
 * one of them (lib/exercises/challenge-grid.test.ts).
 */
export function ParameterSliders<N extends ParameterName>({
  set,
  ranges,
  values,
  onChange,
  stepFor = (_name, [lo, hi]) => challengeStep(lo, hi),
  minDigits = 0,
}: {
  set: readonly N[];
  ranges: Partial<Record<N, readonly [number, number]>>;
  values: Partial<Record<N, number>>;
  onChange: (name: N, value: number) => void;
  stepFor?: (name: N, range: readonly [number, number]) => number;
  minDigits?: number;
}) {
  return (
    <div className="controls">
      {set.map((name) => {
        const range = ranges[name] ?? ([0, 1] as const);
        const grid = challengeGrid(range, stepFor(name, range));
        return (
          <ChallengeControl
            key={name}
            label={PARAMETER_LABEL[name]}
            value={values[name] ?? grid.min}
            grid={grid}
            digits={Math.max(minDigits, grid.decimals)}
            onChange={(value) => onChange(name, value)}
          />
        );
      })}
    </div>
  );
}
