import { describe, expect, it } from 'vitest';
import { assignmentSchema } from './assignment';
import { assignmentId, assignmentIdBase, randomIdSuffix } from './assignment-id';

const valid = (id: string) => assignmentSchema.shape.id.safeParse(id).success;

describe('assignment ids', () => {
  it('transliterate Greek, Cyrillic and Chinese titles into distinct, readable ids', () => {
    expect(assignmentIdBase('Ελληνικά')).toBe('ellinika');
    expect(assignmentIdBase('Неделя 3')).toBe('nedelya-3');
    expect(assignmentIdBase('Неделя 4')).toBe('nedelya-4');
    expect(assignmentIdBase('第三周')).toBe('di-san-zhou');
    expect(assignmentIdBase('第四周')).toBe('di-si-zhou');
    expect(assignmentIdBase('Week 3: momentum')).toBe('week-3-momentum');
    expect(assignmentIdBase('Zoë’s café')).toBe('zoe-s-cafe');
  });

  it('keep a readable base even when the title has no letters at all, and always add the suffix', () => {
    expect(assignmentId('', 'a1b2c')).toBe('assignment-a1b2c');
    expect(assignmentId('!!! ???', 'a1b2c')).toBe('assignment-a1b2c');
    expect(assignmentId('Week 3', 'a1b2c')).toBe('week-3-a1b2c');
  });

  it('give two assignments with the same title different ids', () => {
    const ids = new Set(Array.from({ length: 50 }, () => assignmentId('第三周', randomIdSuffix())));
    expect(ids.size).toBe(50);
  });

  it('always fit the assignment schema, however long or odd the title', () => {
    for (const title of [
      'x'.repeat(500),
      'Ελληνικά '.repeat(40),
      '--a--',
      '第三周',
      '🙂',
      'A/B\\C',
    ]) {
      const id = assignmentId(title, randomIdSuffix());
      expect(valid(id), id).toBe(true);
      expect(id.length).toBeLessThanOrEqual(80);
    }
  });

  it('random suffixes are five lowercase letters or digits', () => {
    expect(randomIdSuffix()).toMatch(/^[a-z0-9]{5}$/);
  });
});
