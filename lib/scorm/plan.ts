/**
 * What a package is about — the whole course, or one assignment — as the CLI and the builder's
 * "Download for your LMS" both decide it: the title, where the launch page opens the course,
 * the mastery score, the exercises scored, the manifest identifier and the zip's name.
 */
import type { Assignment } from '../assignments/assignment';
import { encodeAssignmentLink } from '../assignments/link';
import type { ExerciseSpec } from '../exercises/types';
import { scormExerciseOf } from './package-config';
import type { PackagePlan } from './package-files';

export const COURSE_TITLE = 'Momentum — an interactive course';
/** The pass mark (adlcp:masteryscore) unless the CLI's --mastery says otherwise. */
export const DEFAULT_MASTERY = 80;
/**
 * Where `npm run export:scorm` puts the course package in the built site (out/), relative to
 * the site's root: the builder fetches it from there to make an assignment's package.
 */
export const SITE_COURSE_PACKAGE = 'scorm/momentum-scorm12.zip';

export type PlanResult =
  { ok: true; plan: PackagePlan; fileName: string } | { ok: false; error: string };

/** The whole course as one SCO, scored on every exercise. */
export function coursePlan(catalog: ReadonlyMap<string, ExerciseSpec>, masteryScore: number) {
  return {
    plan: {
      config: {
        title: COURSE_TITLE,
        start: 'index.html',
        masteryScore,
        exercises: [...catalog.values()].map((spec) => scormExerciseOf(spec)),
      },
      identifier: 'momentum-scorm12',
    },
    fileName: 'momentum-scorm12.zip',
  };
}

/**
 * One assignment as its own package: it opens the assignment's page (the student link's
 * `assignment/index.html?a=…`, relative to the course folder) and is scored on the assignment's
 * exercises only, under its overrides. Refused when the course lacks one of its exercises or the
 * assignment is too large for a link.
 */
export function assignmentPlan(
  assignment: Assignment,
  catalog: ReadonlyMap<string, ExerciseSpec>,
  masteryScore: number,
): PlanResult {
  const unknown = assignment.exercises.filter((e) => !catalog.has(e.id)).map((e) => e.id);
  if (unknown.length)
    return { ok: false, error: `the course has no exercise ${unknown.join(', ')}` };
  const link = encodeAssignmentLink(assignment);
  if (!link.ok) return { ok: false, error: link.error };
  return {
    ok: true,
    plan: {
      config: {
        title: `${assignment.title} · Momentum`,
        start: `assignment/index.html?a=${link.param}`,
        masteryScore,
        exercises: assignment.exercises.map((e) =>
          scormExerciseOf(catalog.get(e.id) as ExerciseSpec, e.overrides),
        ),
      },
      identifier: `momentum-${assignment.id}-scorm12`,
    },
    fileName: `momentum-${assignment.id}-scorm12.zip`,
  };
}

/**
 * The course package's address seen from the builder's page (`…/assign/`, or
 * `…/assign/index.html` in a classroom copy): relative, so it holds under any base path or prefix.
 */
export function coursePackageUrl(pageHref: string): string {
  const page = new URL(pageHref);
  page.search = '';
  page.hash = '';
  // `/base/assign` (a server that did not add the slash) is the folder too.
  if (!page.pathname.endsWith('/') && !/\.html?$/.test(page.pathname)) page.pathname += '/';
  return new URL(`../${SITE_COURSE_PACKAGE}`, page).toString();
}
