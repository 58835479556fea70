import { describe, expect, it } from 'vitest';
import type { Progress, ProgressEntry } from '../progress/schema';
import { masteryScoreOf, outcomeOf, recordsScores } from './outcome';
import { cmiTime, cmiTimespan } from './timespan';

const entry = (correct: boolean, attempts = 1): ProgressEntry => ({
  answer: null,
  correct,
  attempts,
  hintsShown: 0,
  revealed: false,
  updatedAt: 1,
});
const progress = (exercises: Record<string, ProgressEntry>): Progress => ({ schema: 3, exercises });
const ids = ['a', 'b', 'c', 'd'];

describe('score and lesson status', () => {
  it('scores round(100 · solved / in scope) and stays incomplete until passed or all tried', () => {
    const o = outcomeOf(progress({ a: entry(true), b: entry(false) }), ids, 80);
    expect(o).toMatchObject({ raw: 25, solved: 1, attempted: 2, total: 4, status: 'incomplete' });
    expect(o.exit).toBe('suspend');
  });

  it('passes as soon as the score reaches the mastery score, and then exits normally', () => {
    const o = outcomeOf(
      progress({ a: entry(true), b: entry(true), c: entry(true), d: entry(true) }),
      ids,
      75,
    );
    expect(o).toMatchObject({ raw: 100, status: 'passed', exit: '' });
    expect(
      outcomeOf(progress({ a: entry(true), b: entry(true), c: entry(true) }), ids, 75),
    ).toMatchObject({ raw: 75, status: 'passed' });
  });

  it('fails once every exercise is tried below the mastery score, and keeps the learner coming back', () => {
    const o = outcomeOf(
      progress({ a: entry(true), b: entry(false), c: entry(false), d: entry(false) }),
      ids,
      80,
    );
    expect(o).toMatchObject({ raw: 25, status: 'failed', exit: 'suspend' });
  });

  it('without a mastery score: completed once every exercise is tried', () => {
    const all = progress({ a: entry(false), b: entry(false), c: entry(true), d: entry(false) });
    expect(outcomeOf(all, ids, null)).toMatchObject({ raw: 25, status: 'completed', exit: '' });
    expect(outcomeOf(progress({ a: entry(true) }), ids, null).status).toBe('incomplete');
  });

  it('counts only the exercises in scope (an assignment), not others the learner answered', () => {
    const o = outcomeOf(progress({ a: entry(true), zzz: entry(true) }), ['a', 'b'], 80);
    expect(o).toMatchObject({ raw: 50, solved: 1, total: 2 });
  });

  it("uses the LMS's mastery score when it gives one, else the package's", () => {
    expect(masteryScoreOf('60', 80)).toBe(60);
    expect(masteryScoreOf('', 80)).toBe(80);
    expect(masteryScoreOf('abc', 80)).toBe(80);
    expect(masteryScoreOf('101', null)).toBeNull();
  });

  it('review and browse launches record no score', () => {
    expect(recordsScores('normal')).toBe(true);
    expect(recordsScores('')).toBe(true);
    expect(recordsScores('review')).toBe(false);
    expect(recordsScores('browse')).toBe(false);
  });
});

describe('SCORM 1.2 times', () => {
  it('writes a timespan as HHHH:MM:SS.SS, rounded to centiseconds and capped', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(3_723_456)).toBe('0001:02:03.46');
    expect(cmiTimespan(-5)).toBe('0000:00:00.00');
    expect(cmiTimespan(1e15)).toBe('9999:59:59.99');
    expect(cmiTimespan(NaN)).toBe('0000:00:00.00');
  });

  it('writes a time of day as HH:MM:SS', () => {
    expect(cmiTime(9, 5, 7)).toBe('09:05:07');
  });
});
