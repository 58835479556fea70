/**
 * Prints, as JSON, the setting the teacher's key gives for a tuning challenge of the course:
 * lib's grid search with the grader's own check, on the challenges the build extracts, and each
 * value as the key prints it (`typed`) and as the challenge's box then shows it (`shown`).
 *
 *   tsx e2e/helpers/print-key-setting.ts l1-tune-gd
 *
 * A separate process (run by tsx, as the CLIs are) because Playwright's loader cannot import
 * lib's JSON data files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { challengeGrid } from '../../lib/exercises/challenge-grid';
import { extractCourseExercises } from '../../lib/exercises/extract';
import { findWorkingSetting } from '../../lib/exercises/working-setting';
import { formatValue } from '../../lib/notebook/params';

const id = process.argv[2];
const dir = path.resolve('content', 'lessons');
const result = extractCourseExercises(
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => ({ file, lesson: file, source: readFileSync(path.join(dir, file), 'utf8') })),
);
if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
const spec = result.exercises.find((e) => e.id === id);
if (spec?.kind !== 'parameter') throw new Error(`no tuning challenge ${id}`);
const key = findWorkingSetting(spec);
if (!key) throw new Error(`the key finds no setting for ${id}`);
const values = Object.fromEntries(
  spec.set.map((name) => {
    const typed = key.shown[name] as string;
    const grid = challengeGrid(spec.ranges[name] as [number, number]);
    return [name, { typed, shown: formatValue(Number(typed), grid.decimals) }];
  }),
);
process.stdout.write(JSON.stringify(values));
