import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scormPackageConfigSchema, type ScormPackageConfig } from '../../lib/scorm/package-config';
import { listFiles } from '../classroom/rewrite';
import { manifestProblems } from './check-manifest';
import { launchPageHtml } from './launch-page';
import { manifestXml, SCHEMA_FILES } from './manifest';

const SCHEMA_DIR = fileURLToPath(new URL('./schemas/', import.meta.url));

/** The course's files go under this folder of the package; the launch page sits at the root. */
export const COURSE_DIR = 'course';

export interface PackageEntry {
  name: string;
  data: Uint8Array;
}

/**
 * Every file of a SCORM 1.2 package built from a classroom folder (already relative, so it
 * works under any LMS path): imsmanifest.xml and the schema files at the root, the launch page
 * (index.html) and its script, and the course under course/. The manifest is checked against
 * the files before anything is returned: a wrong package fails here, not in the LMS.
 */
export async function scormPackageEntries(
  courseFolder: string,
  config: Omit<ScormPackageConfig, 'start'> & { start: string },
  options: { identifier: string; runtime: string },
): Promise<PackageEntry[]> {
  const encoder = new TextEncoder();
  const entries: PackageEntry[] = [];
  for (const rel of (await listFiles(courseFolder)).sort())
    entries.push({
      name: `${COURSE_DIR}/${rel}`,
      data: await readFile(path.join(courseFolder, rel)),
    });
  // Checked here with the schema the launch page reads it with: a bad setting fails the export.
  const full: ScormPackageConfig = scormPackageConfigSchema.parse({
    ...config,
    start: `${COURSE_DIR}/${config.start}`,
  });
  entries.push({ name: 'index.html', data: encoder.encode(launchPageHtml(full)) });
  entries.push({ name: 'scorm-runtime.js', data: encoder.encode(options.runtime) });
  for (const schema of SCHEMA_FILES)
    entries.push({ name: schema, data: await readFile(path.join(SCHEMA_DIR, schema)) });
  const xml = manifestXml({
    identifier: options.identifier,
    title: config.title,
    launch: 'index.html',
    masteryScore: config.masteryScore,
    files: entries
      .map((e) => e.name)
      .filter((n) => !(SCHEMA_FILES as readonly string[]).includes(n)),
  });
  entries.push({ name: 'imsmanifest.xml', data: encoder.encode(xml) });
  const problems = manifestProblems(
    xml,
    entries.map((e) => e.name),
  );
  if (problems.length) throw new Error(`the manifest is wrong: ${problems.slice(0, 5).join('; ')}`);
  return entries;
}
