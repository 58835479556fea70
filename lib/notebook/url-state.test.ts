import { describe, expect, it } from 'vitest';
import { paramSpecsSchema, type ParamSpecs } from './params';
import { decodeState, encodeState } from './url-state';

const specs: ParamSpecs = paramSpecsSchema.parse({
  alpha: { value: 0.02, min: 0.001, max: 0.2, step: 0.001, label: 'α' },
  start: { value: [-2, 1], label: 'start' },
  objective: { kind: 'formula', value: 'x^2 + y^2', label: 'f' },
});

describe('URL state', () => {
  it('encodeState(specs, values) writes only values that differ from the defaults', () => {
    expect(encodeState(specs, { alpha: 0.02, start: [-2, 1], objective: 'x^2 + y^2' })).toBe('');
    expect(encodeState(specs, { alpha: 0.05, start: [1, 2], objective: 'x^2' })).toBe(
      'alpha=0.05&start=1%2C2&objective=x%5E2',
    );
  });

  it('decodeState(specs, encodeState(…)) round-trips every kind of value', () => {
    const values = { alpha: 0.137, start: [0.5, -1.25] as const, objective: 'sin(x) + y^2' };
    expect(decodeState(specs, encodeState(specs, values)).values).toEqual(values);
  });

  it('decodeState ignores malformed, out-of-range and unknown values, keeping the defaults', () => {
    const { values, rejected } = decodeState(
      specs,
      'alpha=NaN&start=1,x&objective=&other=1&alpha=',
      (_kind, source) => source.length > 0,
    );
    expect(values).toEqual({});
    expect(rejected.sort()).toEqual(['alpha', 'alpha', 'objective', 'start']);
    expect(decodeState(specs, 'alpha=5').values).toEqual({});
    expect(decodeState(specs, 'alpha=1e400&__proto__=1&constructor=2').values).toEqual({});
  });

  it('decodeState snaps numbers to the declared step', () => {
    expect(decodeState(specs, 'alpha=0.0123456').values).toEqual({ alpha: 0.012 });
  });
});
