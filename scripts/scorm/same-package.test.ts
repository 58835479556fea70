import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assignment } from '../../lib/assignments';
import type { ExerciseSpec } from '../../lib/exercises/types';
import { packageParts, scormPackageFiles } from '../../lib/scorm/package-files';
import { assignmentPlan, coursePlan } from '../../lib/scorm/plan';
import { zipInSteps } from '../../lib/scorm/zip-steps';
import { zipEntries } from '../classroom/zip';
import { manifestProblems } from './check-manifest';
import { scormPackageEntries } from './package';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'scorm-same-'));
  for (const [file, text] of [
    ['index.html', '<title>course</title>'],
    ['assignment/index.html', '<title>assignment</title>'],
    ['_next/static/chunks/b.js', 'b()'],
    ['_next/static/chunks/a.js', 'a()'],
    ['lessons/x y/index.html', '<p>lesson</p>'],
  ]) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), text);
  }
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const catalog = new Map<string, ExerciseSpec>(
  [
    { id: 'n1', kind: 'numeric' },
    { id: 'p1', kind: 'parameter', set: ['lr'] },
  ].map((spec) => [spec.id, spec as unknown as ExerciseSpec]),
);
const assignment: Assignment = {
  format: 'momentum-assignment',
  version: 1,
  id: 'week-3',
  title: 'Week 3',
  exercises: [{ id: 'p1', overrides: { seed: 2 } }, { id: 'n1' }],
};
const decode = (data: Uint8Array | undefined) => new TextDecoder().decode(data);

describe("the builder's package is the CLI's package", () => {
  it('made in steps from the course package, it has the same files, launch page and manifest as `export:scorm --assignment`', async () => {
    const runtime = 'window.scormRuntime = 1;';
    const course = await scormPackageEntries(folder, coursePlan(catalog, 80).plan, runtime);
    const planned = assignmentPlan(assignment, catalog, 80);
    if (!planned.ok) throw new Error(planned.error);
    const cli = await scormPackageEntries(folder, planned.plan, runtime);

    // What the page does: unzip the course package, take its parts, write, zip in steps.
    const parts = packageParts(unzipSync(zipEntries(course)));
    if (!parts.ok) throw new Error(parts.error);
    const built = unzipSync(await zipInSteps(scormPackageFiles(parts.parts, planned.plan)));

    expect(Object.keys(built)).toEqual(cli.map((e) => e.name));
    for (const entry of cli) expect(decode(built[entry.name]), entry.name).toBe(decode(entry.data));
    const xml = decode(built['imsmanifest.xml']);
    expect(manifestProblems(xml, Object.keys(built))).toEqual([]);
    expect(xml).toContain('identifier="momentum-week-3-scorm12"');
  });

  it('refuses files that are not the course package, saying what is missing', () => {
    const text = new TextEncoder().encode('x');
    expect(packageParts({ 'momentum/index.html': text })).toEqual({
      ok: false,
      error:
        "it is not the course's SCORM package (missing imsmanifest.xml, scorm-runtime.js, imscp_rootv1p1p2.xsd…)",
    });
  });
});
