import { describe, expect, it } from 'vitest';
import type { ExerciseSpec } from '../exercises/types';
import { assignmentProblems, parseAssignmentFile } from './assignment';
import { readFixture } from './fixtures/paths';

const base = {
  format: 'momentum-assignment',
  version: 1,
  id: 'week-1',
  title: 'Week 1',
  exercises: [{ id: 'a' }],
};

describe('parseAssignmentFile', () => {
  it('parseAssignmentFile(text) reads the fixture assignment', () => {
    expect(parseAssignmentFile(readFixture('assignment.json'))).toMatchObject({
      ok: true,
      assignment: { id: 'momentum-week-1', exercises: { length: 5 } },
    });
  });

  it('parseAssignmentFile(text) accepts a due date or a date-time', () => {
    expect(parseAssignmentFile(JSON.stringify({ ...base, due: '2025-03-14' })).ok).toBe(true);
    expect(parseAssignmentFile(JSON.stringify({ ...base, due: '2025-03-14T23:59:00Z' })).ok).toBe(
      true,
    );
  });

  it.each([
    ['broken JSON', '{"format"', /not valid JSON/],
    [
      'a foreign file',
      JSON.stringify({ format: 'momentum-submission' }),
      /"momentum-submission" file/,
    ],
    ['a newer version', JSON.stringify({ ...base, version: 2 }), /version 2/],
    ['a bad id', JSON.stringify({ ...base, id: 'Week 1' }), /id/],
    ['a bad due date', JSON.stringify({ ...base, due: 'next friday' }), /due/],
    [
      'a repeated exercise',
      JSON.stringify({ ...base, exercises: [{ id: 'a' }, { id: 'a' }] }),
      /twice/,
    ],
    [
      'an unknown override',
      JSON.stringify({ ...base, exercises: [{ id: 'a', overrides: { lr: 1 } }] }),
      /lr|key/i,
    ],
  ])('parseAssignmentFile(text) reports %s in one line', (_what, text, message) => {
    const result = parseAssignmentFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).not.toContain('\n');
    }
  });

  it('assignmentProblems(assignment, catalog) names missing exercises and ignored overrides', () => {
    const catalog = new Map<string, ExerciseSpec>([
      [
        'a',
        {
          kind: 'numeric',
          id: 'a',
          lesson: 'l',
          answer: 1,
          hintCount: 0,
          hasSolution: false,
          predict: false,
        },
      ],
    ]);
    const parsed = parseAssignmentFile(
      JSON.stringify({ ...base, exercises: [{ id: 'a', overrides: { seed: 1 } }, { id: 'b' }] }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(assignmentProblems(parsed.assignment, catalog)).toEqual([
      'exercise "a" is a numeric exercise: its overrides are ignored',
      'exercise "b" does not exist in the course',
    ]);
  });
});
