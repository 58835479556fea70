// SCORM 1.2 packages of the course, for any LMS (Moodle, Canvas, Blackboard, Kolibri…).
//
//   npm run export:scorm -- [--assignment content/assignments/x.json] [--mastery 80]
//                           [--from classroom/momentum] [--out classroom]
//
// Reuses the classroom kit (scripts/export-classroom.ts), whose every link is relative, so the
// package works under an LMS's deep path; makes it first when it is missing. Writes
// <out>/momentum-scorm12.zip (the whole course as one SCO), or with --assignment
// <out>/momentum-<id>-scorm12.zip, scored on that assignment's exercises only.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAssignmentFile, type Assignment } from '../lib/assignments';
import { encodeAssignmentLink } from '../lib/assignments/link';
import { listLessonsWithExercises } from '../lib/content/lessons.server';
import type { ExerciseSpec } from '../lib/exercises/types';
import { scormExerciseOf, type ScormPackageConfig } from '../lib/scorm/package-config';
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
}

export const COURSE_TITLE = 'Momentum — an interactive course';
export const DEFAULT_MASTERY = 80;

export function parseScormArgs(argv: readonly string[]): ScormExportOptions {
  const options: ScormExportOptions = {
    assignment: null,
    masteryScore: DEFAULT_MASTERY,
    from: 'classroom/momentum',
    out: 'classroom',
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!['--assignment', '--mastery', '--from', '--out'].includes(flag))
      throw new Error(
        `Unknown option ${flag} (options: --assignment file, --mastery 0–100, --from folder, --out dir)`,
      );
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i++;
    if (flag === '--assignment') options.assignment = value;
    else if (flag === '--from') options.from = value;
    else if (flag === '--out') options.out = value;
    else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 100)
        throw new Error(`--mastery must be a whole number from 0 to 100 (got ${value})`);
      options.masteryScore = n;
    }
  }
  return options;
}

async function readAssignment(file: string, catalog: Map<string, ExerciseSpec>) {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new Error(`${file}: ${error.message}`);
  });
  const parsed = parseAssignmentFile(text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  const unknown = parsed.assignment.exercises.filter((e) => !catalog.has(e.id)).map((e) => e.id);
  if (unknown.length) throw new Error(`${file}: the course has no exercise ${unknown.join(', ')}`);
  return parsed.assignment;
}

function startOf(assignment: Assignment): string {
  const link = encodeAssignmentLink(assignment);
  if (!link.ok) throw new Error(link.error);
  return `assignment/index.html?a=${link.param}`;
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
  const assignment = options.assignment ? await readAssignment(options.assignment, catalog) : null;
  const exercises = assignment
    ? assignment.exercises.map((e) =>
        scormExerciseOf(catalog.get(e.id) as ExerciseSpec, e.overrides),
      )
    : [...catalog.values()].map((spec) => scormExerciseOf(spec));
  const config: ScormPackageConfig = {
    title: assignment ? `${assignment.title} · Momentum` : COURSE_TITLE,
    start: assignment ? startOf(assignment) : 'index.html',
    masteryScore: options.masteryScore,
    exercises,
  };
  // The promise the run-time makes: every exercise answered at its largest still fits.
  const worst = encodeSuspendData(worstCaseProgress(config.exercises), config.exercises);
  const entries = await scormPackageEntries(options.from, config, {
    identifier: assignment ? `momentum-${assignment.id}-scorm12` : 'momentum-scorm12',
    runtime: await bundleScormRuntime(),
  });
  await mkdir(options.out, { recursive: true });
  const zipFile = path.join(
    options.out,
    assignment ? `momentum-${assignment.id}-scorm12.zip` : 'momentum-scorm12.zip',
  );
  const zip = zipEntries(entries);
  await writeFile(zipFile, zip);
  console.log(
    `SCORM 1.2 package: ${zipFile} (${entries.length} files, ${(zip.length / 1e6).toFixed(1)} MB; ` +
      `${config.exercises.length} exercises scored, mastery ${options.masteryScore}; ` +
      `worst-case suspend_data ${worst.length}/${SUSPEND_DATA_LIMIT} characters) in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return { zipFile, config };
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
