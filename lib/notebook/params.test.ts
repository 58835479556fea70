import { describe, expect, it } from 'vitest';
import { formatParam, formatValue, type NumberParamSpec } from './params';

describe('formatValue', () => {
  it('prints the requested decimals when they show the value exactly', () => {
    expect(formatValue(1, 2)).toBe('1.00');
    expect(formatValue(1.82, 2)).toBe('1.82');
    expect(formatValue(0.1 + 0.2, 2)).toBe('0.30');
    expect(formatValue(20, 0)).toBe('20');
  });

  it('adds decimals rather than print another number: 1.005 is never “1.00”', () => {
    expect(formatValue(1.005, 2)).toBe('1.005');
    expect(formatValue(1.01, 1)).toBe('1.01');
    expect(formatValue(Math.PI, 2)).toBe('3.141593');
  });

  it('formatParam shows an inline number’s actual value with the parameter’s digits', () => {
    const alpha: NumberParamSpec = {
      kind: 'number',
      value: 0.02,
      min: 0.001,
      max: 1,
      step: 0.001,
      label: 'α',
      digits: 2,
      scale: 'linear',
    };
    expect(formatParam(alpha, 0.02)).toBe('0.02');
    expect(formatParam(alpha, 0.025)).toBe('0.025');
  });
});
