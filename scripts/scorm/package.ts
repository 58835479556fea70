import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILES } from '../../lib/scorm/manifest';
import {
  MANIFEST_FILE,
  scormPackageFiles,
  type PackageEntry,
  type PackagePlan,
} from '../../lib/scorm/package-files';
import { listFiles } from '../classroom/rewrite';
import { manifestProblems } from './check-manifest';

const SCHEMA_DIR = fileURLToPath(new URL('./schemas/', import.meta.url));

/**
 * Every file of a SCORM 1.2 package built from a classroom folder (already relative, so it
 * works under any LMS path), written by the writer the builder's download shares
 * (lib/scorm/package-files.ts). The manifest is checked against the files before anything is
 * returned: a wrong package fails here, not in the LMS.
 */
export async function scormPackageEntries(
  courseFolder: string,
  plan: PackagePlan,
  runtime: string,
): Promise<PackageEntry[]> {
  const course: PackageEntry[] = [];
  for (const rel of await listFiles(courseFolder))
    course.push({ name: rel, data: await readFile(path.join(courseFolder, rel)) });
  const schemas: PackageEntry[] = [];
  for (const name of SCHEMA_FILES)
    schemas.push({ name, data: await readFile(path.join(SCHEMA_DIR, name)) });
  const entries = scormPackageFiles(
    { course, runtime: new TextEncoder().encode(runtime), schemas },
    plan,
  );
  const xml = new TextDecoder().decode(entries.find((e) => e.name === MANIFEST_FILE)?.data);
  const problems = manifestProblems(
    xml,
    entries.map((e) => e.name),
  );
  if (problems.length) throw new Error(`the manifest is wrong: ${problems.slice(0, 5).join('; ')}`);
  return entries;
}
