import { describe, expect, it } from 'vitest';
import { decodeAssignmentParam, type Assignment } from '../assignments';
import type { ExerciseSpec } from '../exercises/types';
import { assignmentPlan, coursePackageUrl, coursePlan, DEFAULT_MASTERY } from './plan';

// Only what a package reads of a spec: id, kind, choices, the parameters a challenge sets.
const catalog = new Map<string, ExerciseSpec>(
  [
    { id: 'n1', kind: 'numeric' },
    { id: 'c1', kind: 'choice', choices: [{ id: 'a' }, { id: 'b' }] },
    { id: 'p1', kind: 'parameter', set: ['lr', 'beta'] },
  ].map((spec) => [spec.id, spec as unknown as ExerciseSpec]),
);

const assignment: Assignment = {
  format: 'momentum-assignment',
  version: 1,
  id: 'week-3-ab12c',
  title: 'Week 3 <momentum>',
  exercises: [{ id: 'p1', overrides: { seed: 7 } }, { id: 'n1' }],
};

describe('what a package is about', () => {
  it("an assignment's package opens its student page and scores its exercises only, in its order", () => {
    const planned = assignmentPlan(assignment, catalog, 70);
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.fileName).toBe('momentum-week-3-ab12c-scorm12.zip');
    expect(planned.plan.identifier).toBe('momentum-week-3-ab12c-scorm12');
    const { config } = planned.plan;
    expect(config.title).toBe('Week 3 <momentum> · Momentum');
    expect(config.masteryScore).toBe(70);
    const param = /^assignment\/index\.html\?a=([A-Za-z0-9_-]+)$/.exec(config.start)?.[1];
    expect(decodeAssignmentParam(param)).toEqual({ ok: true, assignment });
    // The changed challenge keeps its answer under id@fingerprint, as the pages store it.
    expect(config.exercises.map((e) => [e.id, e.key?.startsWith('p1@') ?? false])).toEqual([
      ['p1', true],
      ['n1', false],
    ]);
  });

  it('refuses an assignment naming an exercise the course does not have', () => {
    const foreign = { ...assignment, exercises: [{ id: 'n1' }, { id: 'gone-1' }] };
    expect(assignmentPlan(foreign, catalog, DEFAULT_MASTERY)).toEqual({
      ok: false,
      error: 'the course has no exercise gone-1',
    });
  });

  it('the course package opens the home page and scores every exercise', () => {
    const { plan, fileName } = coursePlan(catalog, DEFAULT_MASTERY);
    expect(fileName).toBe('momentum-scorm12.zip');
    expect(plan.config.start).toBe('index.html');
    expect(plan.config.exercises.map((e) => e.id)).toEqual(['n1', 'c1', 'p1']);
  });
});

describe("the course package's address, from the builder's page", () => {
  it.each([
    ['http://h/assign/', 'http://h/scorm/momentum-scorm12.zip'],
    [
      'http://h/courses/momentum/assign/?x=1#top',
      'http://h/courses/momentum/scorm/momentum-scorm12.zip',
    ],
    ['http://h/courses/momentum/assign', 'http://h/courses/momentum/scorm/momentum-scorm12.zip'],
    ['http://h/kit/momentum/assign/index.html', 'http://h/kit/momentum/scorm/momentum-scorm12.zip'],
  ])('%s → %s', (page, url) => {
    expect(coursePackageUrl(page)).toBe(url);
  });
});
