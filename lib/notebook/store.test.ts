import { describe, expect, it } from 'vitest';
import { paramSpecsSchema } from './params';
import { createNotebookStore } from './store';

const specs = paramSpecsSchema.parse({
  alpha: { value: 0.02, min: 0, max: 0.1, step: 0.001, label: 'α' },
  beta: { value: 0.9, min: 0, max: 0.99, step: 0.01, label: 'β' },
  start: { value: [-2, 1], label: 'start' },
});

describe('notebook store', () => {
  it('set(name, value) clamps to the declared range and tells subscribers what changed', () => {
    const store = createNotebookStore(specs);
    const seen: string[][] = [];
    store.subscribe((changed) => seen.push([...changed]));
    store.set('alpha', 5);
    expect(store.get('alpha')).toBe(0.1);
    store.set('alpha', 0.1); // unchanged: nobody is told
    store.setMany({ beta: 0, start: [1, 1] });
    expect(seen).toEqual([['alpha'], ['beta', 'start']]);
  });

  it('a legitimate beta of 0 is kept, not replaced by the default', () => {
    const store = createNotebookStore(specs, { beta: 0 });
    expect(store.get('beta')).toBe(0);
  });

  it('reset() returns every value to the lesson defaults', () => {
    const store = createNotebookStore(specs, { alpha: 0.05, start: [0, 0] });
    store.reset();
    expect(store.getAll()).toEqual({ alpha: 0.02, beta: 0.9, start: [-2, 1] });
  });

  it('unknown names and wrongly typed values are ignored', () => {
    const store = createNotebookStore(specs);
    store.setMany({ nope: 1, alpha: 'x', start: [NaN, 1] });
    expect(store.getAll()).toEqual({ alpha: 0.02, beta: 0.9, start: [-2, 1] });
  });
});
