import { describe, expect, it } from 'vitest';
import type { Submission } from '../../lib/assignments/submission';
import type { ExerciseSpec } from '../../lib/exercises/types';
import { inferAssignment } from './infer';

const numeric = (id: string): ExerciseSpec => ({
  kind: 'numeric',
  id,
  lesson: 'l',
  answer: 1,
  hintCount: 0,
  hasSolution: false,
  predict: false,
});
const catalog = new Map(['a', 'b', 'c'].map((id) => [id, numeric(id)]));
const answer = { answer: { value: 1 }, correct: true, attempts: 1, updatedAt: 0 };
const submission = (assignmentId: string, ids: string[]): Submission => ({
  format: 'momentum-submission',
  version: 1,
  assignmentId,
  assignmentTitle: 'Week 1',
  student: { name: 'S' },
  createdAt: '2025-01-01T00:00:00.000Z',
  submittedAt: '2025-01-01T00:00:00.000Z',
  answers: Object.fromEntries(ids.map((id) => [id, answer])),
});

describe('inferAssignment', () => {
  it('inferAssignment(submissions, catalog) grades every answered course exercise, in course order', () => {
    expect(
      inferAssignment([submission('w1', ['c', 'a']), submission('w1', ['a', 'zz'])], catalog),
    ).toEqual({
      ok: true,
      assignment: {
        format: 'momentum-assignment',
        version: 1,
        id: 'w1',
        title: 'Week 1',
        exercises: [{ id: 'a' }, { id: 'c' }],
      },
    });
  });

  it('inferAssignment(submissions) refuses submissions for different assignments', () => {
    expect(inferAssignment([submission('w1', ['a']), submission('w2', ['a'])], catalog)).toEqual({
      ok: false,
      error:
        'the submissions are for different assignments (w1, w2): give the assignment file (--assignment <file>)',
    });
  });

  it('inferAssignment(submissions) refuses when nothing answered is in the course', () => {
    expect(inferAssignment([submission('w1', ['zz'])], catalog).ok).toBe(false);
  });
});
