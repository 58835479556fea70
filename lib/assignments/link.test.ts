import { describe, expect, it } from 'vitest';
import { parseAssignmentFile, type Assignment } from './assignment';
import { readFixture } from './fixtures/paths';
import { decodeAssignmentParam, encodeAssignmentLink, MAX_ASSIGNMENT_PARAM } from './link';

const parsed = parseAssignmentFile(readFixture('assignment.json'));
if (!parsed.ok) throw new Error(parsed.error);
const assignment: Assignment = parsed.assignment;

describe('assignment links', () => {
  it('encodeAssignmentLink(assignment) round-trips through decodeAssignmentParam', () => {
    const link = encodeAssignmentLink(assignment);
    expect(link.ok).toBe(true);
    if (link.ok) expect(decodeAssignmentParam(link.param)).toEqual({ ok: true, assignment });
  });

  it('encodeAssignmentLink(assignment) uses only URL-safe characters, also for non-ASCII titles', () => {
    const link = encodeAssignmentLink({ ...assignment, title: 'Élan — β ≈ 0.9 ✓' });
    expect(link.ok && /^[A-Za-z0-9_-]+$/.test(link.param)).toBe(true);
    if (link.ok)
      expect(decodeAssignmentParam(link.param)).toMatchObject({
        ok: true,
        assignment: { title: 'Élan — β ≈ 0.9 ✓' },
      });
  });

  it('encodeAssignmentLink(assignment) refuses an assignment too large for a link', () => {
    const exercises = Array.from({ length: 200 }, (_, i) => ({
      id: `exercise-with-a-long-name-${i}`,
      overrides: { objective: 'x^2 + 10*y^2 + 0.001*sin(x)' },
    }));
    const link = encodeAssignmentLink({ ...assignment, exercises });
    expect(link).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it.each([
    ['nothing', null, /no assignment/],
    ['an oversized parameter', 'A'.repeat(MAX_ASSIGNMENT_PARAM + 1), /too long/],
    ['foreign characters', 'abc$%', /damaged/],
    ['bytes that are not JSON', 'AAAA', /damaged/],
    [
      'JSON that is not an assignment',
      btoa('{"format":"momentum-submission"}').replace(/=+$/, ''),
      /not a momentum-assignment/,
    ],
  ])('decodeAssignmentParam(%s) is a value error', (_what, param, message) => {
    const result = decodeAssignmentParam(param);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
