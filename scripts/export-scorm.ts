// SCORM 1.2 packages of the course, for any LMS (Moodle, Canvas, Blackboard, Kolibri…).
//
//   npm run export:scorm -- [--assignment content/assignments/x.json] [--mastery 80]
//                           [--from classroom/momentum] [--out classroom] [--site out | --no-site]
//
// Reuses the classroom kit (scripts/export-classroom.ts), whose every link is relative, so the
// package works under an LMS's deep path; makes it first when it is missing. Writes
// <out>/momentum-scorm12.zip (the whole course as one SCO), or with --assignment
// <out>/momentum-<id>-scorm12.zip, scored on that assignment's exercises only. The course
// package is also copied into the built site (<site>/scorm/momentum-scorm12.zip), where the
// assignment builder's "Download for your LMS" makes an assignment's package from it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAssignmentFile } from '../lib/assignments';
import { listLessonsWithExercises } from '../lib/content/lessons.server';
import type { PackagePlan } from '../lib/scorm/package-files';
import {
  assignmentPlan,
  coursePlan,
  DEFAULT_MASTERY,
  SITE_COURSE_PACKAGE,
} from '../lib/scorm/plan';
import { encodeSuspendData, SUSPEND_DATA_LIMIT } from '../lib/scorm/suspend-data';
import { exportClassroom } from './export-classroom';
import { zipEntries } from './classroom/zip';
import { bundleScormRuntime } from './scorm/bundle';
import { scormPackageEntries } from './scorm/package';
import { worstCaseProgress } from '../lib/scorm/worst-case';

export interface ScormExportOptions {
  assignment: string | null;
  masteryScore: number;
  from: string;
  out: string;
  /** The built site that gets a copy of the course package, or null for none. */
  site: string | null;
}

export function parseScormArgs(argv: readonly string[]): ScormExportOptions {
  const options: ScormExportOptions = {
    assignment: null,
    masteryScore: DEFAULT_MASTERY,
    from: 'classroom/momentum',
    out: 'classroom',
    site: 'out',
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--no-site') {
      options.site = null;
      continue;
    }
    if (!['--assignment', '--mastery', '--from', '--out', '--site'].includes(flag))
      throw new Error(
        `Unknown option ${flag} (options: --assignment file, --mastery 0–100, --from folder, --out dir, --site dir, --no-site)`,
      );
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i++;
    if (flag === '--assignment') options.assignment = value;
    else if (flag === '--from') options.from = value;
    else if (flag === '--out') options.out = value;
    else if (flag === '--site') options.site = value;
    else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 100)
        throw new Error(`--mastery must be a whole number from 0 to 100 (got ${value})`);
      options.masteryScore = n;
    }
  }
  return options;
}

async function readAssignment(file: string) {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new Error(`${file}: ${error.message}`);
  });
  const parsed = parseAssignmentFile(text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  return parsed.assignment;
}

export async function exportScorm(options: ScormExportOptions) {
  const started = Date.now();
  if (!existsSync(path.join(options.from, 'index.html'))) {
    console.log(`export-scorm: ${options.from} is missing; making the classroom kit first.`);
    await exportClassroom({
      base: '',
      out: path.dirname(options.from),
      build: !existsSync('out/index.html'),
      zip: true,
    });
  }
  const lessons = await listLessonsWithExercises();
  const catalog = new Map(lessons.flatMap((l) => l.exercises.map((e) => [e.id, e] as const)));
  let chosen: { plan: PackagePlan; fileName: string };
  if (options.assignment) {
    const planned = assignmentPlan(
      await readAssignment(options.assignment),
      catalog,
      options.masteryScore,
    );
    if (!planned.ok) throw new Error(`${options.assignment}: ${planned.error}`);
    chosen = planned;
  } else chosen = coursePlan(catalog, options.masteryScore);
  const { plan, fileName } = chosen;
  // The promise the run-time makes: every exercise answered at its largest still fits.
  const exercises = plan.config.exercises;
  const worst = encodeSuspendData(worstCaseProgress(exercises), exercises);
  const entries = await scormPackageEntries(options.from, plan, await bundleScormRuntime());
  await mkdir(options.out, { recursive: true });
  const zipFile = path.join(options.out, fileName);
  const zip = zipEntries(entries);
  await writeFile(zipFile, zip);
  console.log(
    `SCORM 1.2 package: ${zipFile} (${entries.length} files, ${(zip.length / 1e6).toFixed(1)} MB; ` +
      `${exercises.length} exercises scored, mastery ${options.masteryScore}; ` +
      `worst-case suspend_data ${worst.length}/${SUSPEND_DATA_LIMIT} characters) in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  // The built site ships the course package: its assignment builder makes an assignment's
  // package from it in the browser ("Download for your LMS"), with no server.
  if (!options.assignment && options.site) {
    if (existsSync(path.join(options.site, 'index.html'))) {
      const target = path.join(options.site, SITE_COURSE_PACKAGE);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, zip);
      console.log(`The site's copy for the builder's "Download for your LMS": ${target}.`);
    } else
      console.log(
        `export-scorm: no built site in ${options.site}/ (run \`npm run build\`), so the builder's ` +
          `"Download for your LMS" has no course package there.`,
      );
  }
  return { zipFile, config: plan.config };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    await exportScorm(parseScormArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`export-scorm: ${(error as Error).message}`);
    process.exit(1);
  }
}
