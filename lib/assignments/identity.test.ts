import { describe, expect, it } from 'vitest';
import { deadlineOf, normalizedName, studentKey } from './identity';

describe('student identity', () => {
  it.each([
    ['Alice\u200bArcher', 'alicearcher'],
    ['Alice  Archer', 'alice archer'],
    [' Alice\u00a0Archer ', 'alice archer'],
    ['ＡＬＩＣＥ Archer', 'alice archer'],
    ['Zoe\u0308', 'zoë'],
    ['Ali\u00adce', 'alice'],
  ])('normalizedName(%j) is %j', (name, key) => {
    expect(normalizedName(name)).toBe(key);
  });

  it('studentKey(student) prefers the student id to the name', () => {
    expect(studentKey({ name: 'Alice', id: ' S1 ' })).toBe(studentKey({ name: 'Bob', id: 's1' }));
    expect(studentKey({ name: 'Alice  Archer' })).toBe(studentKey({ name: 'alice archer' }));
  });

  it('deadlineOf(due) ends a date alone at the end of that day anywhere on Earth', () => {
    expect(deadlineOf('2025-03-14')).toBe(Date.parse('2025-03-15T11:59:59.999Z'));
    expect(deadlineOf('2025-03-14T09:00:00Z')).toBe(Date.parse('2025-03-14T09:00:00Z'));
    expect(deadlineOf(undefined)).toBeUndefined();
  });
});
