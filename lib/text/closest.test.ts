import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './closest';

describe('closest name', () => {
  it('editDistance counts insertions, deletions, changes and neighbour swaps as one edit each', () => {
    expect(editDistance('kapa', 'kappa', 3)).toBe(1);
    expect(editDistance('sni', 'sin', 3)).toBe(1);
    expect(editDistance('alpha', 'alpha', 3)).toBe(0);
    expect(editDistance('beta', 'gamma', 2)).toBe(3);
  });

  it('closestName(misspelling, names) suggests a name within two edits, else nothing', () => {
    const props = ['kappa', 'alpha', 'beta', 'runs', 'caption'];
    expect(closestName('kapa', props)).toBe('kappa');
    expect(closestName('captoin', props)).toBe('caption');
    expect(closestName('gamma', props)).toBeUndefined();
    expect(closestName('hb', ['gd', 'heavy-ball'])).toBeUndefined();
  });
});
