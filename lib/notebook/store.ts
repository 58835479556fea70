import {
  clampNumber,
  defaultValues,
  type ParamSpecs,
  type ParamValue,
  type ParamValues,
} from './params';

/**
 * One page's reactive values. Subscribers are told which names changed so a widget bound to α
 * does not re-render when the start point moves. No React here: the hooks wrap it.
 */
export interface NotebookStore {
  readonly specs: ParamSpecs;
  get(name: string): ParamValue;
  getAll(): ParamValues;
  set(name: string, value: ParamValue): void;
  setMany(values: Partial<ParamValues>): void;
  reset(): void;
  subscribe(listener: (changed: ReadonlySet<string>) => void): () => void;
}

export function createNotebookStore(
  specs: ParamSpecs,
  initial: Partial<ParamValues> = {},
): NotebookStore {
  const defaults = defaultValues(specs);
  let values: ParamValues = { ...defaults };
  for (const [name, value] of Object.entries(initial))
    if (value !== undefined) values[name] = value;
  const listeners = new Set<(changed: ReadonlySet<string>) => void>();

  const normalise = (name: string, value: ParamValue): ParamValue | undefined => {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) return undefined;
    if (spec.kind === 'number')
      return typeof value === 'number' ? clampNumber(spec, value) : undefined;
    if (spec.kind === 'point') {
      return Array.isArray(value) && value.every(Number.isFinite)
        ? ([value[0], value[1]] as const)
        : undefined;
    }
    return typeof value === 'string' ? value : undefined;
  };

  const apply = (next: Partial<ParamValues>) => {
    const changed = new Set<string>();
    const updated = { ...values };
    for (const [name, raw] of Object.entries(next)) {
      if (raw === undefined) continue;
      const value = normalise(name, raw);
      if (value === undefined || same(updated[name], value)) continue;
      updated[name] = value;
      changed.add(name);
    }
    if (changed.size === 0) return;
    values = updated;
    for (const listener of listeners) listener(changed);
  };

  return {
    specs,
    get: (name) => values[name],
    getAll: () => values,
    set: (name, value) => apply({ [name]: value }),
    setMany: apply,
    reset: () => apply(defaults),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function same(a: ParamValue | undefined, b: ParamValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a[0] === b[0] && a[1] === b[1];
  return a === b;
}
