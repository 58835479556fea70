/**
 * The files of a SCORM 1.2 package, from its parts: the course (the classroom folder, every
 * link relative), the launch page's run-time script and the schema files. One writer for the
 * CLI (`npm run export:scorm`, parts read from disk) and for the builder's "Download for your
 * LMS" (parts taken out of the course package the site ships), so both make the same package:
 * the same files, the same launch page, the same manifest.
 */
import { launchPageHtml } from './launch-page';
import { manifestXml, SCHEMA_FILES } from './manifest';
import { scormPackageConfigSchema, type ScormPackageConfig } from './package-config';

/** The course's files go under this folder of the package; the launch page sits at the root. */
export const COURSE_DIR = 'course';
export const LAUNCH_FILE = 'index.html';
export const RUNTIME_FILE = 'scorm-runtime.js';
export const MANIFEST_FILE = 'imsmanifest.xml';

export interface PackageEntry {
  name: string;
  data: Uint8Array;
}

export interface PackageParts {
  /** The course's files, named relative to the course folder (`index.html`, `_next/…`). */
  course: readonly PackageEntry[];
  /** The launch page's script (scripts/scorm/runtime.ts, bundled). */
  runtime: Uint8Array;
  /** The four SCORM 1.2 schema files, by their names in SCHEMA_FILES. */
  schemas: readonly PackageEntry[];
}

/** What a package is about: its settings (`start` relative to the course folder) and identifier. */
export interface PackagePlan {
  config: ScormPackageConfig;
  identifier: string;
}

/**
 * Every file of the package, in a fixed order: the course under course/ (sorted by name), the
 * launch page (index.html, carrying `plan.config` with `start` under course/), its script, the
 * schema files, and imsmanifest.xml listing all but the schemas (an asset resource of their own)
 * and itself. Throws when the settings break the schema the launch page reads them with.
 */
export function scormPackageFiles(parts: PackageParts, plan: PackagePlan): PackageEntry[] {
  const encoder = new TextEncoder();
  const config = scormPackageConfigSchema.parse({
    ...plan.config,
    start: `${COURSE_DIR}/${plan.config.start}`,
  });
  const course = [...parts.course]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => ({ name: `${COURSE_DIR}/${e.name}`, data: e.data }));
  const sco: PackageEntry[] = [
    ...course,
    { name: LAUNCH_FILE, data: encoder.encode(launchPageHtml(config)) },
    { name: RUNTIME_FILE, data: parts.runtime },
  ];
  const schemas = SCHEMA_FILES.map((name) => {
    const found = parts.schemas.find((s) => s.name === name);
    if (!found) throw new Error(`the schema file ${name} is missing`);
    return found;
  });
  const xml = manifestXml({
    identifier: plan.identifier,
    title: config.title,
    launch: LAUNCH_FILE,
    masteryScore: config.masteryScore,
    files: sco.map((e) => e.name),
  });
  return [...sco, ...schemas, { name: MANIFEST_FILE, data: encoder.encode(xml) }];
}

/**
 * The parts of a package made by scormPackageFiles (the course package the site ships), so
 * another package can be made from them; an error that says what is missing when these files
 * are not such a package.
 */
export function packageParts(
  files: Readonly<Record<string, Uint8Array>>,
): { ok: true; parts: PackageParts } | { ok: false; error: string } {
  const prefix = `${COURSE_DIR}/`;
  const course = Object.entries(files)
    .filter(([name]) => name.startsWith(prefix) && !name.endsWith('/'))
    .map(([name, data]) => ({ name: name.slice(prefix.length), data }));
  const missing = [
    MANIFEST_FILE,
    RUNTIME_FILE,
    ...SCHEMA_FILES,
    `${prefix}index.html`,
    `${prefix}assignment/index.html`,
  ].filter((name) => !files[name]);
  if (missing.length)
    return {
      ok: false,
      error: `it is not the course's SCORM package (missing ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? '…' : ''})`,
    };
  return {
    ok: true,
    parts: {
      course,
      runtime: files[RUNTIME_FILE],
      schemas: SCHEMA_FILES.map((name) => ({ name, data: files[name] })),
    },
  };
}
