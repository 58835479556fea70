import type { GradInto, Objective } from '../types';

/** What {@link defineObjective} needs: the fields of an Objective with array-like kernels. */
export type ObjectiveSpec = Omit<Objective, 'f' | 'grad' | 'fArray' | 'gradInto'> & {
  readonly fArray: (w: ArrayLike<number>) => number;
  readonly gradInto: GradInto;
};

/**
 * Builds an Objective from one value function and one gradient kernel, so the pure `f`/`grad`
 * and the fast `fArray`/`gradInto` share their arithmetic (and simulate's two paths agree bit
 * for bit).
 */
export function defineObjective(spec: ObjectiveSpec): Objective {
  const { fArray, gradInto, dim } = spec;
  return {
    ...spec,
    f: (w) => fArray(w),
    grad: (w) => {
      const out = new Float64Array(dim);
      gradInto(w, out);
      return Array.from(out);
    },
  };
}
