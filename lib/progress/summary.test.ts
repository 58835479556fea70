import { describe, expect, it } from 'vitest';
import type { Progress } from './schema';
import { courseProgress, lessonProgress } from './summary';

const done = {
  answer: null,
  correct: true,
  attempts: 1,
  hintsShown: 0,
  revealed: false,
  updatedAt: 1,
};
const progress: Progress = {
  schema: 3,
  exercises: { a: done, b: { ...done, correct: false }, z: done },
};

describe('progress summary', () => {
  it('lessonProgress(progress, ids) counts the correctly answered exercises of the lesson', () => {
    expect(lessonProgress(progress, ['a', 'b', 'c'])).toEqual({ done: 1, total: 3 });
  });

  it('courseProgress(progress, lessons) sums the lessons and keeps each tally', () => {
    expect(
      courseProgress(progress, [
        { slug: 'one', exerciseIds: ['a', 'b'] },
        { slug: 'two', exerciseIds: ['z'] },
      ]),
    ).toEqual({
      done: 2,
      total: 3,
      lessons: [
        { slug: 'one', done: 1, total: 2 },
        { slug: 'two', done: 1, total: 1 },
      ],
    });
  });
});
