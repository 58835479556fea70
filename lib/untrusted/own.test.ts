import { describe, expect, it } from 'vitest';
import { ownValue } from './own';

describe('ownValue', () => {
  it('ownValue(record, key) finds the record’s own entries', () => {
    expect(ownValue({ a: 1 }, 'a')).toBe(1);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'ownValue(record, %j) is undefined: Object.prototype is not an entry',
    (key) => {
      expect(ownValue({ a: 1 }, key)).toBeUndefined();
    },
  );

  it('ownValue(record, key) finds an own entry named like a prototype member', () => {
    const record = Object.fromEntries([['constructor', 7]]);
    expect(ownValue(record, 'constructor')).toBe(7);
  });
});
