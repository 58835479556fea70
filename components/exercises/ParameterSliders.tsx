'use client';

import { PARAMETER_LABEL } from '@/lib/exercises/challenge-question';
import type { ParameterName } from '@/lib/exercises/types';
import { alignedGrid, niceStep } from '@/lib/plot/nice-step';
import { RangeControl } from '@/components/notebook/RangeControl';

/**
 * The control row of a challenge: one slider per parameter the learner may set, over its
 * allowed range, in about 200 round steps (`stepFor` may choose otherwise), every position a
 * multiple of the step like the answer key's grid.
 */
export function ParameterSliders<N extends ParameterName>({
  set,
  ranges,
  values,
  onChange,
  stepFor = (_name, [lo, hi]) => niceStep((hi - lo) / 200),
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
        const grid = alignedGrid(range[0], range[1], stepFor(name, range));
        return (
          <RangeControl
            key={name}
            label={PARAMETER_LABEL[name]}
            value={values[name] ?? grid.min}
            min={grid.min}
            max={grid.max}
            step={grid.step}
            digits={Math.max(minDigits, grid.decimals)}
            onChange={(value) => onChange(name, value)}
          />
        );
      })}
    </div>
  );
}
